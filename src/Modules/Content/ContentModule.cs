using Trygghet.Modules.Content.Catalogue;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Modules.Content.Recipes;
using Trygghet.Modules.Content.Search;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Search;

namespace Trygghet.Modules.Content;

/// <summary>News and editor-made pages: versions of every save, draft → preview → publish, scheduled publishing
/// and unpublishing, the citizen pages /nyheter and /sida, the news feed and their sitemap entries; and, until a
/// discovery/search module exists, the DCAT-AP-SE catalogue of every module's open data at /data/dcat.</summary>
public sealed class ContentModule : PortalModule
{
    public const string ModuleName = "Content";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ContentDbContext, SqliteContentDbContext, PostgresContentDbContext>(context, ContentDbContext.Schema);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentEditor>();
        services.AddScoped<ScheduledPublishing>();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddPublicMenu<PublicMenu>();
        services.AddSitemapSource<ContentSitemap>();
        services.AddScoped<SiteSearch>();
        services.AddSearchSource<ContentSearchSource>();
        services.AddScoped<Portal.Core.Media.IMediaReferences, ContentMediaReferences>();
        services.AddHomePageSection<Components.NewsHomeSection>();
        services.AddDashboardSource<Dashboard.ContentDashboard>();
        services.AddScoped<Areas.Content.Pages.Admin.ContentPickers>();
        services.AddRecipeStep<ContentStep>();
        services.AddSubscriptionTopics<ContentSubscriptionTopics>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        NewsFeed.Map(endpoints);
        DcatCatalogue.Map(endpoints);
    }
}
