using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.FollowUp;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => FollowUpModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Uppföljning", "Kommunala mål", "/admin/goals", Permissions.ManageGoals.Name, 20),
        new("Uppföljning", "Lägesbilder", "/admin/situation", Permissions.ManageSituation.Name, 25),
        new("Uppföljning", "Åtgärdsplaner", "/admin/plans", Permissions.ManagePlan.Name, 30),
        new("Uppföljning", "Områden", "/admin/areas", Permissions.ManagePlan.Name, 32),
        new("Uppföljning", "Ansvariga organ", "/admin/bodies", Permissions.ManagePlan.Name, 34),
        new("Uppföljning", "Statusar", "/admin/statuses", Permissions.ManagePlan.Name, 36),
        new("Uppföljning", "Mina åtgärder", "/admin/my-measures", Permissions.ReportProgress.Name, 40),
    ];
}
