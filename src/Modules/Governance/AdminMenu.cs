using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Governance;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => GovernanceModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Styrning", "Forum", "/admin/forums", Permissions.ManageForums.Name, 10),
        new("Styrning", "Sammanträden", "/admin/meetings", Permissions.ManageMeetings.Name, 20),
    ];
}
