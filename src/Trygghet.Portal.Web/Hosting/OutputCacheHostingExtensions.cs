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

    /// <summary>After routing (the policy reads the endpoint's metadata), authentication (it must know who is
    /// signed in) and the module switches (a switched-off module answers 404, not its cached page); after the
    /// security headers too, so a response served from the cache still gets this request's headers and nonce.</summary>
    public static WebApplication UsePortalOutputCache(this WebApplication app)
    {
        if (app.Configuration.GetValue($"{PublicCacheSettings.Section}:Enabled", defaultValue: true))
        {
            app.UseOutputCache();
        }

        return app;
    }
}
