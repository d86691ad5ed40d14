using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Trygghet.Portal.Web.Caching;

/// <summary>The Redis output cache store, made harmless when Redis is away: a lookup is a miss, a store is skipped
/// and an eviction is logged, so every request is rendered from the database until Redis is back (then
/// <see cref="PublicCacheInvalidation"/> evicts everything, because evictions made meanwhile were lost).</summary>
internal sealed partial class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception e) when (IsRedisDown(e))
        {
            LogUnavailable(logger, "read", e.Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (IsRedisDown(e))
        {
            LogUnavailable(logger, "store", e.Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception e) when (IsRedisDown(e))
        {
            LogUnavailable(logger, "evict", e.Message);
        }
    }

    /// <summary>The store's tag eviction runs several commands and reports their failures together (AggregateException).</summary>
    private static bool IsRedisDown(Exception e) =>
        e is RedisException or TimeoutException or ObjectDisposedException
        || (e is AggregateException all && all.InnerExceptions.All(IsRedisDown));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis output cache unavailable ({Operation}): {Reason}; serving without it")]
    private static partial void LogUnavailable(ILogger logger, string operation, string reason);
}
