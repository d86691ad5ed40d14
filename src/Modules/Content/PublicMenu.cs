using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Content;

internal sealed class PublicMenu : IPublicMenu
{
    public IEnumerable<PublicMenuItem> GetItems() =>
    [
        new(ContentModule.ModuleName, "Nyheter", "/nyheter", 50),
        new(ContentModule.ModuleName, "Sök", "/sok", 90),
    ];
}
