using Microsoft.AspNetCore.OutputCaching;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Web.Caching;

namespace Trygghet.Portal.Web.Hosting;

internal static class OutputCacheHostingExtensions
{
    /// <summary>Output caching of anonymous public pages (<see cref="PublicPagePolicy"/>), evicted by tag through
    /// <see cref="IPublicCache"/>. With OutputCache:Enabled=false the services stay (eviction is then a no-op on an
    /// empty store) but the middleware is not added.</summary>
    public static WebApplicationBuilder AddPortalOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PublicCacheSettings>(builder.Configuration.GetSection(PublicCacheSettings.Section));
        builder.Services.AddSingleton<EvictionGeneration>();
        builder.Services.AddSingleton<IPublicCache, PublicCache>();
        builder.Services.AddSingleton<PublicPagePolicy>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>()
            .Configure<PublicPagePolicy>((options, policy) => options.AddBasePolicy(policy));
        return builder;
    }

    /// <summary>After the security headers (a response served from the cache still gets this request's headers and
    /// a fresh nonce), static files and request localization (the key varies by the request's culture); before
    /// routing, authentication, authorization and the setup and module-switch middleware, which a hit skips: the
    /// policy decides anonymity from the request itself and checks endpoint and user before storing. Setup and
    /// module switches evict everything when they change, so a hit never outlives what those middleware decide.</summary>
    public static WebApplication UsePortalOutputCache(this WebApplication app)
    {
        if (app.Configuration.GetValue($"{PublicCacheSettings.Section}:Enabled", defaultValue: true))
        {
            app.UseOutputCache();
        }

        return app;
    }
}
