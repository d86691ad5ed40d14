using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Site;
using Trygghet.Portal.Web.Data;
using Trygghet.Portal.Web.Setup;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Web.Hosting;

internal static class SiteHostingExtensions
{
    private static readonly PathString[] OpenBeforeSetup = ["/setup", "/health", "/_content", "/fel"];

    /// <summary>The site's own state, the shared key ring, setup and the start-up migrator.</summary>
    public static WebApplicationBuilder AddPortalSite(this WebApplicationBuilder builder)
    {
        var database = DatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddModuleDbContext<SiteDbContext, SqliteSiteDbContext, PostgresSiteDbContext>(
            new ModuleContext(builder.Configuration, database, "Portal"), SiteDbContext.Schema);
        builder.AddPortalFileStore(database);
        builder.Services.AddSingleton<SiteService>();
        builder.Services.AddSingleton<ISiteInfo>(sp => sp.GetRequiredService<SiteService>());
        builder.Services.AddSingleton<ISiteModules>(sp => sp.GetRequiredService<SiteService>());
        builder.Services.AddSingleton<SetupService>();
        builder.Services.AddSingleton<SetupAnnouncement>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SetupAnnouncement>());
        builder.Services.AddRecipeStep<SiteStep>();
        builder.Services.AddRecipeStep<ModulesStep>();
        builder.Services.Configure<Core.Recipes.RecipeOptions>(builder.Configuration.GetSection("Recipes"));
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
        // After the migrator: the key ring is read from a table the migrator creates.
        builder.AddPortalKeyRing();
        return builder;
    }

    /// <summary>Starts the migrations and the unattended setup now, while the endpoints are mapped; the host still
    /// waits for them before it listens.</summary>
    public static WebApplication BeginPortalDatabase(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<DatabaseMigrator>().Begin();
        return app;
    }

    /// <summary>Until the site is set up, every page leads to /setup.</summary>
    public static WebApplication UsePortalSetupRedirect(this WebApplication app)
    {
        var site = app.Services.GetRequiredService<ISiteInfo>();
        app.Use(async (context, next) =>
        {
            if (!site.IsSetUp && !OpenBeforeSetup.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect("/setup");
                return;
            }

            await next(context);
        });
        return app;
    }
}
