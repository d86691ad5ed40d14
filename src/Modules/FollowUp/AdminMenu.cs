using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.FollowUp;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => FollowUpModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Uppföljning", "Kommunala mål", "/admin/goals", Permissions.ManageGoals.Name, 20),
    ];
}
