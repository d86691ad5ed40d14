using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Content;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => ContentModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Webbplatsen", "Nyheter och sidor", "/admin/innehall", Permissions.Manage.Name, 50),
    ];
}
