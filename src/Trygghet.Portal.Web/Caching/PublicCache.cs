using Microsoft.AspNetCore.OutputCaching;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Portal.Web.Caching;

/// <summary>Evicts by tag in the output cache store.</summary>
internal sealed class PublicCache(IOutputCacheStore store, EvictionGeneration generation) : IPublicCache
{
    public async ValueTask EvictAsync(string tag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        // Before evicting: a response still rendering the old state sees the new generation and is not stored.
        generation.Advance();
        await store.EvictByTagAsync(tag, cancellationToken);
    }

    public ValueTask EvictAllAsync(CancellationToken cancellationToken) => EvictAsync(PublicCacheTags.Site, cancellationToken);
}
