using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string ManageGoals = "FollowUp.ManageGoals";
        public const string ManagePlan = "FollowUp.ManagePlan";
        public const string ReportProgress = "FollowUp.ReportProgress";
        public const string ManageSituation = "FollowUp.ManageSituation";
    }

    public static readonly PermissionDefinition ManageGoals =
        new(Names.ManageGoals, "Hantera kommunala mål", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    /// <summary>Plans, every measure, timelines, import and export, reports due: the coordination function's work.</summary>
    public static readonly PermissionDefinition ManagePlan =
        new(Names.ManagePlan, "Hantera åtgärdsplaner och alla åtgärder", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    /// <summary>Report progress; on the measures of a responsible body one reports for only (unless one also manages the plan).</summary>
    public static readonly PermissionDefinition ReportProgress =
        new(Names.ReportProgress, "Rapportera läget för det egna organets åtgärder", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet", "Forumledamot");

    /// <summary>Draft the lägesbild, its sections and indicators, and record that Trygghetsrådet set it.</summary>
    public static readonly PermissionDefinition ManageSituation =
        new(Names.ManageSituation, "Hantera lägesbilden: avsnitt, indikatorer och fastställande", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [ManageGoals, ManagePlan, ReportProgress, ManageSituation];
}
