using Microsoft.AspNetCore.OutputCaching;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Portal.Web.Caching;

/// <summary>Another node evicted a tag from the shared store: a response this node is rendering now may show the
/// state from before that change, so the generation moves on and it is not stored (<see cref="PublicPagePolicy"/>).
/// "*" (Redis came back) evicts every public page, since evictions made during the outage were lost.</summary>
internal sealed class PublicCacheInvalidation(EvictionGeneration generation, IOutputCacheStore store) : IInvalidationHandler
{
    public const string Name = "public-cache";

    public string Cache => Name;

    public async ValueTask InvalidateAsync(string key, CancellationToken cancellationToken)
    {
        generation.Advance();
        if (key == RedisInvalidation.Everything)
        {
            await store.EvictByTagAsync(PublicCacheTags.Site, cancellationToken);
        }
    }
}
