using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Audit;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => AuditModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Inställningar", "Granskningslogg", "/admin/audit", Permissions.View.Name, 95),
    ];
}
