namespace Trygghet.Portal.Core.Caching;

/// <summary>Marks a public page or endpoint whose response may be served from the output cache to anonymous
/// visitors, and names the tags of the data it shows. Only the host's policy decides whether a request is
/// cached (never for signed-in users, never a response that sets a cookie or is not 200), so a page opts in
/// and nothing more: <c>[PublicCache(PublicCacheTags.Forums)]</c> on a page model, or
/// <c>.CachePublicly(PublicCacheTags.Forums)</c> on a minimal-API endpoint (feeds, open data).</summary>
/// <remarks>Only pages without forms may opt in: a form carries a per-visitor antiforgery token. A page names the
/// query keys it reads (<see cref="QueryKeys"/>): a response to a request with any other key is not stored, so random
/// query strings (<c>/?x=1</c>, <c>/?x=2</c>, …) cannot each fill the cache with an entry (docs/adr/0007).</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class PublicCacheAttribute(params string[] tags) : Attribute
{
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>The query keys the page reads; the request culture's keys (culture, ui-culture) are always allowed.</summary>
    public string[] QueryKeys { get; init; } = [];
}
