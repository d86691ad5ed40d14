using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly PermissionDefinition ManageGoals =
        new("FollowUp.ManageGoals", "Hantera kommunala mål", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    /// <summary>Plans, every measure, timelines, import and export, reports due: the coordination function's work.</summary>
    public static readonly PermissionDefinition ManagePlan =
        new("FollowUp.ManagePlan", "Hantera åtgärdsplaner och alla åtgärder", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    /// <summary>Report progress; on the measures of a responsible body one reports for only (unless one also manages the plan).</summary>
    public static readonly PermissionDefinition ReportProgress =
        new("FollowUp.ReportProgress", "Rapportera läget för det egna organets åtgärder", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet", "Forumledamot");

    /// <summary>Draft the lägesbild, its sections and indicators, and record that Trygghetsrådet set it.</summary>
    public static readonly PermissionDefinition ManageSituation =
        new("FollowUp.ManageSituation", "Hantera lägesbilden: avsnitt, indikatorer och fastställande", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [ManageGoals, ManagePlan, ReportProgress, ManageSituation];
}
