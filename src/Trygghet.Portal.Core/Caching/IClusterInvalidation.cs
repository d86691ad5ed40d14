namespace Trygghet.Portal.Core.Caching;

/// <summary>Tells the other nodes of a cluster that something a node keeps in memory is stale. The node that made the
/// change invalidates its own copy itself, then publishes; every other node hands the message to the
/// <see cref="IInvalidationHandler"/> of that cache. On one node (no Redis:Configuration) publishing does nothing.</summary>
public interface IClusterInvalidation
{
    /// <summary>Best effort: when the messaging is down this logs and returns (the cache's own lifetime then bounds
    /// how long other nodes show the old state).</summary>
    ValueTask PublishAsync(string cache, string key, CancellationToken cancellationToken);
}

/// <summary>Invalidates one in-process cache when another node changed what it holds. Register it as a singleton.</summary>
public interface IInvalidationHandler
{
    /// <summary>The name the publisher used, e.g. "role-permissions".</summary>
    string Cache { get; }

    ValueTask InvalidateAsync(string key, CancellationToken cancellationToken);
}
