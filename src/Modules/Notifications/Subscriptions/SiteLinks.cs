using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>Absolute links for mail, on the site's one public origin (<see cref="IPublicOrigin"/>): never the
/// request's Host header in a deployed site, and the same origin for mail made by the scheduler, which has no request.</summary>
internal sealed class SiteLinks(IPublicOrigin origin)
{
    public string Origin => origin.Current;

    public string Absolute(string pathOrUrl) => origin.Absolute(pathOrUrl);
}
