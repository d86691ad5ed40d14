namespace Trygghet.Portal.Core.Caching;

/// <summary>The output cache of anonymous public pages, seen from the code that changes what they show:
/// after saving, a module evicts the tags of what it changed (<see cref="PublicCacheTags"/>), so the next
/// anonymous visitor sees the change at once instead of when the entry expires.</summary>
public interface IPublicCache
{
    /// <summary>Removes every cached response that depends on <paramref name="tag"/>. Call it after the change
    /// is committed: evicting first would let a concurrent request cache the old state again.</summary>
    ValueTask EvictAsync(string tag, CancellationToken cancellationToken);

    /// <summary>Removes every cached public response (setup, recipes, anything that changes the site as a whole).</summary>
    ValueTask EvictAllAsync(CancellationToken cancellationToken);
}
