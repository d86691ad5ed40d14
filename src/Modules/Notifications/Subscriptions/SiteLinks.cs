using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>Absolute links for mail: App:PublicBaseUrl when configured (behind a proxy, and for mail made by the
/// scheduler, which has no request), else the current request's scheme and host.</summary>
internal sealed class SiteLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public string Origin => PublicOrigin.Of(configuration, http.HttpContext);

    public string Absolute(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? pathOrUrl : Origin + "/" + pathOrUrl.TrimStart('/');
}
