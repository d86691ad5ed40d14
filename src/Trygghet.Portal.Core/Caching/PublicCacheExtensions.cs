using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Trygghet.Portal.Core.Caching;

public static class PublicCacheExtensions
{
    /// <summary>The one line a module's minimal-API endpoint (a feed, open data) needs to be cached for anonymous callers.</summary>
    public static TBuilder CachePublicly<TBuilder>(this TBuilder builder, params string[] tags)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicCacheAttribute(tags));

    /// <summary>Adds tags the page only knows while it runs (the start page depends on the sections it shows).
    /// Does nothing when the response is not being cached.</summary>
    public static void AddPublicCacheTags(this HttpContext context, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            cache.Tags.UnionWith(tags);
        }
    }
}
