using Trygghet.Modules.Governance.Components;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Modules.Governance.OpenData;
using Trygghet.Modules.Governance.Recipes;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.Governance;

/// <summary>The forums of the governance model; the governance issue grows it with memberships,
/// meetings, agendas, minutes and decisions.</summary>
public sealed class GovernanceModule : PortalModule
{
    public const string ModuleName = "Governance";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<GovernanceDbContext, SqliteGovernanceDbContext, PostgresGovernanceDbContext>(context, GovernanceDbContext.Schema);
        services.AddScoped<IForumDirectory, ForumDirectory>();
        services.AddScoped<IForumMembership, Memberships.ForumMembership>();
        services.AddScoped<IForumMaterial, ForumMaterial>();
        services.AddScoped<IMeetingDirectory, MeetingDirectory>();
        services.AddScoped<MinutesWork>();
        services.AddScoped<MeasureDecisions>();
        services.AddScoped<MeetingNotices>();
        services.AddSubscriptionTopics<GovernanceSubscriptionTopics>();
        services.AddScoped<FollowUp.Contracts.IMeasureDecisionSource>(sp => sp.GetRequiredService<MeasureDecisions>());
        services.AddSingleton<ParagraphNumberGate>();
        services.AddScoped<AttachmentStore>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddPublicMenu<PublicMenu>();
        services.AddSitemapSource<ForumsSitemap>();
        services.AddSearchSource<MeetingSearchSource>();
        services.AddRecipeStep<ForumsStep>();
        services.AddRecipeStep<MembersStep>();
        services.AddRecipeStep<MeetingsStep>();
        services.AddHomePageSection<MeetingsHomeSection>();
        services.AddDashboardSource<Dashboard.GovernanceDashboard>();
        services.AddYearWheelSource<YearWheel.MeetingsYearWheel>();
        services.AddHomePageSection<ForumsHomeSection>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        CalendarEndpoints.Map(endpoints);
        GovernanceOpenData.Map(endpoints);
    }
}
