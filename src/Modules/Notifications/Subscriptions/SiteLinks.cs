using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>Absolute links for mail: App:PublicBaseUrl when configured (behind a proxy, and for mail made by the
/// scheduler, which has no request), else the current request's scheme and host.</summary>
internal sealed class SiteLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public string Origin =>
        (configuration["App:PublicBaseUrl"]
         ?? (http.HttpContext?.Request is { Host.HasValue: true } request ? $"{request.Scheme}://{request.Host}" : "http://localhost")).TrimEnd('/');

    public string Absolute(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? pathOrUrl : Origin + "/" + pathOrUrl.TrimStart('/');
}
