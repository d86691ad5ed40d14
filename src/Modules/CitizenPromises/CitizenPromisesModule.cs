using Trygghet.Modules.CitizenPromises.Components;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Modules.CitizenPromises.Recipes;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.CitizenPromises;

/// <summary>Medborgarlöften and the samverkansöverenskommelse they belong to: promises per area and period,
/// their progress and follow-ups, shown to citizens once published.</summary>
public sealed class CitizenPromisesModule : PortalModule
{
    public const string ModuleName = "CitizenPromises";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<CitizenPromisesDbContext, SqliteCitizenPromisesDbContext, PostgresCitizenPromisesDbContext>(context, CitizenPromisesDbContext.Schema);
        services.AddScoped<MeasureLinks>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddPublicMenu<PublicMenu>();
        services.AddSitemapSource<PromisesSitemap>();
        services.AddSearchSource<PromiseSearchSource>();
        services.AddSubscriptionTopics<PromiseSubscriptionTopics>();
        services.AddScoped<Portal.Core.Media.IMediaReferences, PromiseMediaReferences>();
        services.AddRecipeStep<PromisesStep>();
        services.AddScoped<Contracts.IPromiseSetDirectory, PromiseSetDirectory>();
        services.AddHomePageSection<PromisesHomeSection>();
        services.AddHomePageSection<FollowUpsHomeSection>();
        services.AddDashboardSource<Dashboard.PromisesDashboard>();
        services.AddYearWheelSource<YearWheel.PromisesYearWheel>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        PromisesFeed.Map(endpoints);
        PromisesOpenData.Map(endpoints);
    }
}
