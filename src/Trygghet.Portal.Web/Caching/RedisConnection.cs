using StackExchange.Redis;

namespace Trygghet.Portal.Web.Caching;

/// <summary>The one connection to Redis (Redis:Configuration) that the output cache store and the cluster-wide
/// invalidation share. It never stops the portal: the start does not wait for Redis, a command fails at once while
/// Redis is away (no queueing behind a dead connection), and the client reconnects by itself.</summary>
internal sealed class RedisConnection : IDisposable
{
    public const string Section = "Redis";

    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(IConfiguration configuration)
    {
        var options = ConfigurationOptions.Parse(configuration[$"{Section}:Configuration"]!);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.ClientName ??= "trygghet-portal-" + Environment.MachineName;
        Prefix = configuration[$"{Section}:InstanceName"] is { Length: > 0 } name ? name : "trygghet:";
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
    }

    /// <summary>Keys and channels start with this (Redis:InstanceName, default "trygghet:"), so several sites can
    /// share one Redis.</summary>
    public string Prefix { get; }

    public ConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public bool IsConnected => Multiplexer.IsConnected;

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:Configuration"]);

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
