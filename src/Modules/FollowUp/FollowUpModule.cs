using Trygghet.Modules.FollowUp.Components;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Modules.FollowUp.Recipes;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.FollowUp;

/// <summary>The follow-up cycle: today the kommunala mål; the follow-up issue adds lägesbild, åtgärdsplan and measures.</summary>
public sealed class FollowUpModule : PortalModule
{
    public const string ModuleName = "FollowUp";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<FollowUpDbContext, SqliteFollowUpDbContext, PostgresFollowUpDbContext>(context, FollowUpDbContext.Schema);
        services.AddScoped<IGoalDirectory, GoalDirectory>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddRecipeStep<GoalsStep>();
        services.AddHomePageSection<GoalsHomeSection>();
    }
}
