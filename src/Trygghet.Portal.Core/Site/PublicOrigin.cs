using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Trygghet.Portal.Core.Site;

/// <summary>The site's public origin for absolute links (feeds, calendars, Open Graph, DCAT, mail): App:PublicBaseUrl
/// when configured (behind a proxy, and for work without a request, like the scheduler's mail), else the request's
/// own scheme and host.</summary>
public static class PublicOrigin
{
    public static string Of(IConfiguration configuration, HttpContext? context) =>
        (configuration["App:PublicBaseUrl"]
         ?? (context?.Request is { Host.HasValue: true } request ? $"{request.Scheme}://{request.Host}" : "http://localhost")).TrimEnd('/');
}
