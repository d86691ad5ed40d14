namespace Trygghet.Portal.Core.Security;

/// <summary>Permissions of the portal itself rather than of a module.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public static readonly PermissionDefinition AccessAdmin =
        new("Portal.AccessAdmin", "Öppna administrationen", "Portal", WellKnownRoles.Administrator);

    public IEnumerable<PermissionDefinition> GetPermissions() => [AccessAdmin];
}
