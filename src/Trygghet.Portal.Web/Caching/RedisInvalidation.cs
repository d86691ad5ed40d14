using StackExchange.Redis;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Portal.Web.Caching;

/// <summary>Cluster-wide invalidation over Redis pub/sub: one channel, messages "node|cache|key". A node ignores its
/// own messages (it invalidated before publishing). When the connection comes back after an outage every handler is
/// told to drop everything (key "*"), since messages sent meanwhile are lost.</summary>
internal sealed partial class RedisInvalidation(
    RedisConnection redis,
    IEnumerable<IInvalidationHandler> handlers,
    ILogger<RedisInvalidation> logger) : IClusterInvalidation, IHostedService
{
    public const string Everything = "*";

    private readonly string _node = Guid.NewGuid().ToString("N");

    private RedisChannel Channel => RedisChannel.Literal(redis.Prefix + "invalidate");

    public async ValueTask PublishAsync(string cache, string key, CancellationToken cancellationToken)
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().PublishAsync(Channel, $"{_node}|{cache}|{key}");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogPublishFailed(logger, cache, key, e.Message);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.Multiplexer.ConnectionRestored += (sender, args) => _ = InvalidateAsync(Everything, cache: null);
        try
        {
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel, (channel, message) => _ = ReceiveAsync(message));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Redis is away at start: the client subscribes again when it reconnects.
            LogPublishFailed(logger, "subscribe", Channel.ToString(), e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task ReceiveAsync(RedisValue message)
    {
        var parts = message.ToString().Split('|', 3);
        return parts.Length == 3 && parts[0] != _node ? InvalidateAsync(parts[2], parts[1]) : Task.CompletedTask;
    }

    private async Task InvalidateAsync(string key, string? cache)
    {
        foreach (var handler in handlers.Where(h => cache is null || h.Cache == cache))
        {
            try
            {
                await handler.InvalidateAsync(key, CancellationToken.None);
            }
            catch (Exception e)
            {
                LogHandlerFailed(logger, handler.Cache, key, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other nodes to invalidate {Cache} {Key}: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, string cache, string key, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Invalidating {Cache} {Key} failed")]
    private static partial void LogHandlerFailed(ILogger logger, string cache, string key, Exception exception);
}
