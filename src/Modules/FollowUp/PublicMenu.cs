using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.FollowUp;

internal sealed class PublicMenu : IPublicMenu
{
    public IEnumerable<PublicMenuItem> GetItems() =>
    [
        new(FollowUpModule.ModuleName, "Lägesbild", "/lagesbild", 35),
        new(FollowUpModule.ModuleName, "Åtgärdsplan", "/atgardsplan", 40),
    ];
}
