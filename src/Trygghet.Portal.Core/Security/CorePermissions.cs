namespace Trygghet.Portal.Core.Security;

/// <summary>Permissions of the portal itself rather than of a module.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    public static class Names
    {
        public const string AccessAdmin = "Portal.AccessAdmin";
    }

    public static readonly PermissionDefinition AccessAdmin =
        new(Names.AccessAdmin, "Öppna administrationen", "Portal", WellKnownRoles.Administrator);

    public IEnumerable<PermissionDefinition> GetPermissions() => [AccessAdmin];
}
