using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.CitizenPromises;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => CitizenPromisesModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Medborgarlöften", "Medborgarlöften", "/admin/medborgarloften", Permissions.Manage.Name, 10),
        new("Medborgarlöften", "Publicering", "/admin/medborgarloften/publicera", Permissions.Publish.Name, 20),
    ];
}
