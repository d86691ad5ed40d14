using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>Behind a TLS-terminating reverse proxy: X-Forwarded-For, -Proto and -Host are believed only when the
/// connection comes from a proxy or network listed in ForwardedHeaders:KnownProxies / KnownNetworks. Nothing is
/// trusted by default — not even loopback, which ASP.NET Core would otherwise trust — so a site that forgets the
/// setting shows the proxy's own scheme and address instead of letting any client pretend to be https or anyone.</summary>
internal static class ProxyHostingExtensions
{
    public const string Section = "ForwardedHeaders";

    public static WebApplicationBuilder AddPortalProxy(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var proxies = Values(section.GetSection("KnownProxies")).Select(IPAddress.Parse).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(System.Net.IPNetwork.Parse).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // One proxy in front (nginx): only its own entry is used, so a client cannot prepend a forged address.
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        });
        return builder;
    }

    /// <summary>First in the pipeline: HSTS, cookies' Secure flag, OpenID Connect's issuer, the rate limiter and the
    /// audit trail all read the scheme, host and client address it corrects. Then, on an https site, plain HTTP is
    /// redirected or refused (<see cref="PlainHttpGuard"/>).</summary>
    public static WebApplication UsePortalProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<PlainHttpGuard>();
        return app;
    }

    /// <summary>A list either as an array (KnownProxies:0, :1 …) or as one comma-separated value
    /// (ForwardedHeaders__KnownProxies=10.0.0.5,10.0.0.6), the form an environment variable allows.</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(section.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0));
}
