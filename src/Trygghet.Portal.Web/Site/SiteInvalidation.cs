using Trygghet.Portal.Core.Caching;

namespace Trygghet.Portal.Web.Site;

/// <summary>Another node set the site up: this node reads the site's state again, or it would keep sending every
/// visitor to /setup.</summary>
internal sealed class SiteInvalidation(SiteService site) : IInvalidationHandler
{
    public const string Name = "site";

    public string Cache => Name;

    public ValueTask InvalidateAsync(string key, CancellationToken cancellationToken) => new(site.ReloadAsync(cancellationToken));
}
