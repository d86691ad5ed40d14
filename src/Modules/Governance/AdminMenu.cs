using Trygghet.Portal.Core.Navigation;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => GovernanceModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        // The members' area checks membership itself; anyone with admin access may look for their forums.
        new("Mitt arbete", "Mina forum", "/admin/mina-forum", CorePermissions.AccessAdmin.Name, 5),
        new("Styrning", "Forum", "/admin/forums", Permissions.ManageForums.Name, 10),
        new("Styrning", "Sammanträden", "/admin/meetings", Permissions.ManageMeetings.Name, 20),
        new("Styrning", "Närvaro", "/admin/narvaro", Permissions.ExportAttendance.Name, 30),
    ];
}
