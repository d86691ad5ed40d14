using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using StackExchange.Redis;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Web.Caching;
using Trygghet.Portal.Web.Health;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Web.Hosting;

internal static class OutputCacheHostingExtensions
{
    /// <summary>Output caching of anonymous public pages (<see cref="PublicPagePolicy"/>), evicted by tag through
    /// <see cref="IPublicCache"/>. With OutputCache:Enabled=false the services stay (eviction is then a no-op on an
    /// empty store) but the middleware is not added. With Redis:Configuration the store is Redis, shared by every
    /// node, and in-process caches are invalidated on every node over Redis pub/sub; without it, one node keeps its
    /// cache in memory as before.</summary>
    public static WebApplicationBuilder AddPortalOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PublicCacheSettings>(builder.Configuration.GetSection(PublicCacheSettings.Section));
        builder.Services.AddSingleton<EvictionGeneration>();
        builder.Services.AddSingleton<IPublicCache, PublicCache>();
        builder.Services.AddSingleton<PublicPagePolicy>();
        builder.Services.AddSingleton<IInvalidationHandler, PublicCacheInvalidation>();
        builder.Services.AddSingleton<IInvalidationHandler, SiteInvalidation>();
        if (RedisConnection.IsConfigured(builder.Configuration))
        {
            AddRedis(builder.Services, builder.Configuration);
        }
        else
        {
            builder.Services.AddSingleton<IClusterInvalidation, LocalInvalidation>();
        }

        // After Redis: its store is already registered, so this adds only the middleware's services.
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>()
            .Configure<PublicPagePolicy>((options, policy) => options.AddBasePolicy(policy));
        return builder;
    }

    private static void AddRedis(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new RedisConnection(configuration));
        services.AddSingleton<RedisInvalidation>();
        services.AddSingleton<IClusterInvalidation>(sp => sp.GetRequiredService<RedisInvalidation>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisInvalidation>());
        // Sign-in failures counted across the nodes (replaces the Identity module's in-memory default).
        services.AddSingleton<IFailureCounters, RedisFailureCounters>();
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>((options, redis) =>
        {
            options.InstanceName = redis.Prefix + "output:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis.Multiplexer);
        });

        // The Redis store, wrapped so that Redis being away is a miss and never an error page.
        var redisStore = services.Single(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton<IOutputCacheStore>(sp => new ResilientOutputCacheStore(
            (IOutputCacheStore)(redisStore.ImplementationInstance
                ?? redisStore.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, redisStore.ImplementationType!)),
            sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
        services.AddHealthChecks().AddCheck<RedisReadyCheck>("redis", tags: [HealthHostingExtensions.Ready]);
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
