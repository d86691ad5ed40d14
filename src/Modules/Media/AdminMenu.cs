using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Media;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => MediaModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Webbplatsen", "Mediebibliotek", "/admin/media", Permissions.Manage.Name, 51),
    ];
}
