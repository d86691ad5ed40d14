using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.CitizenPromises;

internal sealed class PublicMenu : IPublicMenu
{
    public IEnumerable<PublicMenuItem> GetItems() =>
    [
        new(CitizenPromisesModule.ModuleName, "Medborgarlöften", "/medborgarloften", 10),
    ];
}
