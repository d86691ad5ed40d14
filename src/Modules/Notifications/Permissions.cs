using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Notifications;

internal sealed class Permissions : IPermissionProvider
{
    // Recipients' addresses are personal data: only the administrator sees the (masked) outbox.
    public static readonly PermissionDefinition Manage =
        new("Notifications.Manage", "Se e-postutskicken som väntar eller inte gått fram, och skicka om dem",
            NotificationsModule.ModuleName, WellKnownRoles.Administrator);

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
