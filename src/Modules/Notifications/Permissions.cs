using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Notifications;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string Manage = "Notifications.Manage";
    }

    // Recipients' addresses are personal data: only the administrator sees the (masked) outbox.
    public static readonly PermissionDefinition Manage =
        new(Names.Manage, "Se e-postutskicken som väntar eller inte gått fram, och skicka om dem",
            NotificationsModule.ModuleName, WellKnownRoles.Administrator);

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
