using Trygghet.Modules.FollowUp.Components;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Modules.FollowUp.Recipes;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Modules.FollowUp.Transfer;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.FollowUp;

/// <summary>The follow-up cycle: kommunala mål, areas, responsible bodies, the åtgärdsplan with its measures,
/// their progress and timelines, and what citizens and other systems see of it.</summary>
public sealed class FollowUpModule : PortalModule
{
    public const string ModuleName = "FollowUp";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<FollowUpDbContext, SqliteFollowUpDbContext, PostgresFollowUpDbContext>(context, FollowUpDbContext.Schema);
        services.AddScoped<IGoalDirectory, GoalDirectory>();
        services.AddScoped<IMeasureDirectory, MeasureDirectory>();
        services.AddScoped<IPartnerSituation, PartnerSituation>();
        services.AddScoped<ReportingScope>();
        services.AddScoped<MeasureEditor>();
        services.AddScoped<ProgressReporting>();
        services.AddScoped<MeasureCsv>();
        services.AddScoped<IndicatorValuesCsv>();
        services.AddScoped<IPartnerMeasureReporting, PartnerMeasureReporting>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddPublicMenu<PublicMenu>();
        services.AddSitemapSource<PlanSitemap>();
        services.AddSearchSource<MeasureSearchSource>();
        services.AddSubscriptionTopics<MeasureSubscriptionTopics>();
        services.AddRecipeStep<GoalsStep>();
        services.AddRecipeStep<AreasStep>();
        services.AddRecipeStep<ResponsibleBodiesStep>();
        services.AddRecipeStep<MeasureStatusesStep>();
        services.AddRecipeStep<ActionPlanStep>();
        services.AddRecipeStep<SituationStep>();
        services.AddHomePageSection<GoalsHomeSection>();
        services.AddDashboardSource<Dashboard.FollowUpDashboard>();
        services.AddYearWheelSource<YearWheel.FollowUpYearWheel>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        MeasuresOpenData.Map(endpoints);
        IndicatorsOpenData.Map(endpoints);
    }
}
