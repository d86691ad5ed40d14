namespace Trygghet.Portal.Core.Home;

/// <summary>A block a module contributes to the citizen start page: a view component of the module,
/// rendered in <see cref="Order"/> when the module is on (Orchard's zones, kept to one page).</summary>
public interface IHomePageSection
{
    string ModuleName { get; }

    string ViewComponentName { get; }

    int Order { get; }

    /// <summary>The <see cref="Caching.PublicCacheTags"/> of the data the block shows: the cached start page is
    /// evicted when any of them is, so a section that forgets one shows stale data to anonymous visitors.</summary>
    IReadOnlyList<string> CacheTags { get; }
}
