using Microsoft.AspNetCore.OutputCaching;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Portal.Web.Caching;

/// <summary>Evicts by tag in the output cache store (shared by every node with Redis), then tells the other nodes,
/// whose responses still rendering must not be stored either (<see cref="PublicCacheInvalidation"/>).</summary>
internal sealed class PublicCache(IOutputCacheStore store, EvictionGeneration generation, IClusterInvalidation cluster) : IPublicCache
{
    public async ValueTask EvictAsync(string tag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        // Before evicting: a response still rendering the old state sees the new generation and is not stored.
        generation.Advance();
        await store.EvictByTagAsync(tag, cancellationToken);
        await cluster.PublishAsync(PublicCacheInvalidation.Name, tag, cancellationToken);
    }

    public ValueTask EvictAllAsync(CancellationToken cancellationToken) => EvictAsync(PublicCacheTags.Site, cancellationToken);
}
