using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Partners;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => PartnersModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Samverkan", "Partnerorganisationer", "/admin/partners", Permissions.Manage.Name, 60),
        new("Samverkan", "Inbjudningar", "/admin/inbjudningar", Permissions.Manage.Name, 61),
        new("Samverkan", "Samverkansytor", "/admin/samverkan", Permissions.Manage.Name, 62),
    ];
}
