using StackExchange.Redis;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Web.Caching;

/// <summary>Failure counts shared by every node through Redis: one hash per key (since, failures, not-before), updated
/// by one script so two nodes counting at once cannot lose a failure. Times are the portal's clock (passed in), not
/// Redis's, so the window follows the same clock as everything else; Redis's own expiry only removes keys whose
/// window and delay have long passed. When Redis is away the node counts in memory meanwhile (a throttle per node
/// rather than none, and sign-in keeps working) and logs it once per outage.</summary>
internal sealed partial class RedisFailureCounters(RedisConnection redis, ILogger<RedisFailureCounters> logger) : IFailureCounters
{
    // KEYS[1] the key; ARGV: now (ms), window (ms), free failures, max delay (ms), expiry (ms).
    private const string FailScript = """
        local now = tonumber(ARGV[1])
        local since = tonumber(redis.call('HGET', KEYS[1], 'since'))
        local failures
        if since == nil or now - since >= tonumber(ARGV[2]) then
          redis.call('HSET', KEYS[1], 'since', ARGV[1], 'failures', 1, 'notBefore', ARGV[1])
          failures = 1
        else
          failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
        end
        local notBefore = tonumber(redis.call('HGET', KEYS[1], 'notBefore'))
        local free = tonumber(ARGV[3])
        if failures > free then
          notBefore = now + math.min(math.pow(2, failures - free) * 1000, tonumber(ARGV[4]))
          redis.call('HSET', KEYS[1], 'notBefore', string.format('%d', notBefore))
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return { failures, string.format('%d', notBefore) }
        """;

    private readonly MemoryFailureCounters _meanwhile = new();

    private int _away;

    public async ValueTask<FailureCount> FailAsync(string key, DateTimeOffset now, FailurePolicy policy, CancellationToken cancellationToken = default)
    {
        try
        {
            var expiry = policy.Window + policy.MaxDelay;
            var result = (RedisResult[])(await Database.ScriptEvaluateAsync(FailScript, [Key(key)],
                [now.ToUnixTimeMilliseconds(), (long)policy.Window.TotalMilliseconds, policy.FreeFailures,
                    (long)policy.MaxDelay.TotalMilliseconds, (long)expiry.TotalMilliseconds]))!;
            Back();
            return new FailureCount((int)result[0], DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)result[1]!, System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Away(e);
            return await _meanwhile.FailAsync(key, now, policy, cancellationToken);
        }
    }

    public async ValueTask<DateTimeOffset?> NotBeforeAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var value = await Database.HashGetAsync(Key(key), "notBefore");
            Back();
            var local = await _meanwhile.NotBeforeAsync(key, cancellationToken);
            DateTimeOffset? shared = value.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds((long)value) : null;
            return local > shared || shared is null ? local : shared; // What was counted during an outage still holds.
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Away(e);
            return await _meanwhile.NotBeforeAsync(key, cancellationToken);
        }
    }

    public async ValueTask ResetAsync(string key, CancellationToken cancellationToken = default)
    {
        await _meanwhile.ResetAsync(key, cancellationToken);
        try
        {
            await Database.KeyDeleteAsync(Key(key));
            Back();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Away(e);
        }
    }

    private IDatabase Database => redis.Multiplexer.GetDatabase();

    private RedisKey Key(string key) => redis.Prefix + "failures:" + key;

    private void Away(Exception e)
    {
        if (Interlocked.Exchange(ref _away, 1) == 0)
        {
            LogAway(logger, e.Message);
        }
    }

    private void Back() => Interlocked.Exchange(ref _away, 0);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is away: failed sign-ins are counted on this node only until it returns ({Reason})")]
    private static partial void LogAway(ILogger logger, string reason);
}
