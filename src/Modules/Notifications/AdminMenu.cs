using Trygghet.Portal.Core.Navigation;

namespace Trygghet.Modules.Notifications;

internal sealed class AdminMenu : IAdminMenu
{
    public string ModuleName => NotificationsModule.ModuleName;

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Inställningar", "E-postutskick", "/admin/utskick", Permissions.Manage.Name, 93),
    ];
}
