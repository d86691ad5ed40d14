using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Governance;

internal sealed class PublicMenu : IPublicMenu
{
    public IEnumerable<PublicMenuItem> GetItems() =>
    [
        new(GovernanceModule.ModuleName, "Organisation", "/organisation", 60),
        new(GovernanceModule.ModuleName, "Sammanträden", "/sammantraden", 65),
    ];
}
