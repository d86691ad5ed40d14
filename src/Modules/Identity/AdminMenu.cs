using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Identity;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => IdentityModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Inställningar", "Användare", "/admin/users", Permissions.ManageUsers.Name, 90),
        new("Inställningar", "Roller och behörigheter", "/admin/roles", Permissions.ManageRoles.Name, 91),
        new("Inställningar", "Klienter (OpenID Connect)", "/admin/applications", Permissions.ManageApplications.Name, 92),
    ];
}
