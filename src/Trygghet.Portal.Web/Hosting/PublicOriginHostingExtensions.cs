using Microsoft.AspNetCore.HostFiltering;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Portal.Web.Hosting;

internal static class PublicOriginHostingExtensions
{
    /// <summary>App:PublicBaseUrl is the site's one origin (docs/adr/0023). Production refuses to start without it, as it
    /// does without OpenID Connect certificates. Where it is set, only its host (and any host AllowedHosts names besides
    /// "*") is answered; any other Host header gets 400 from the host-filtering middleware that the web host runs first.
    /// A developer's or test host without it answers any host and links to the request's own.</summary>
    public static WebApplicationBuilder AddPortalPublicOrigin(this WebApplicationBuilder builder)
    {
        var origin = PublicOrigin.Configured(builder.Configuration);
        if (origin is null)
        {
            if (builder.Environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"{PublicOrigin.Setting} is not configured. In Production every link in mail, feeds and open data is built on it, " +
                    "and requests for other hosts are refused: set it to the site's public address, e.g. App__PublicBaseUrl=https://trygghet.example.se.");
            }

            return builder;
        }

        var extra = (builder.Configuration["AllowedHosts"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(h => h != "*");
        builder.Services.Configure<HostFilteringOptions>(options =>
        {
            options.AllowedHosts = [origin.IdnHost, .. extra];
            // The host of an HTTP/1.0 request without Host is not forged by anyone; the origin still comes from configuration.
            options.AllowEmptyHosts = true;
        });
        return builder;
    }
}
