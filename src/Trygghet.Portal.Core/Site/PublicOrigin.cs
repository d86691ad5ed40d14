using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Trygghet.Portal.Core.Site;

/// <summary>The site's public origin, the one source of every absolute link (mail, feeds, calendars, sitemap, robots,
/// Open Graph, DCAT, the open data's <c>url</c> fields): App:PublicBaseUrl. Production refuses to start without it and
/// answers requests for any other host with 400 (docs/adr/0023), so a forged <c>Host</c> header can never reach a link.
/// Only a developer's or test host without the setting falls back to the request's own scheme and host, and work
/// without a request (the scheduler's mail) to the address the server listens on.</summary>
public static class PublicOrigin
{
    public const string Setting = "App:PublicBaseUrl";

    /// <summary>The configured origin ("https://trygghet.example.se", no trailing slash), or null when not set.</summary>
    /// <exception cref="InvalidOperationException">The setting is not an absolute http(s) address.</exception>
    public static Uri? Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw new InvalidOperationException($"{Setting} must be the site's absolute public address, such as https://trygghet.example.se (it is '{value}').");
        }

        return uri;
    }

    public static string Of(IConfiguration configuration, HttpContext? context) =>
        Configured(configuration) is { } configured ? Trim(configured)
        : context?.Request is { Host.HasValue: true } request ? $"{request.Scheme}://{request.Host}"
        : FromServer(context?.RequestServices.GetService(typeof(IServer)) as IServer);

    /// <summary>For work without a request: the configured origin, else the first address the server listens on.</summary>
    public static string Of(IConfiguration configuration, HttpContext? context, IServer? server) =>
        Configured(configuration) is { } configured ? Trim(configured)
        : context?.Request is { Host.HasValue: true } ? Of(configuration, context)
        : FromServer(server);

    private static string Trim(Uri configured) => configured.GetLeftPart(UriPartial.Path).TrimEnd('/');

    private static string FromServer(IServer? server)
    {
        var address = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return "http://localhost";
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
