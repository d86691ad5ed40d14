namespace Trygghet.Portal.Core.Security;

public static class WellKnownRoles
{
    /// <summary>Holds every permission, including those of modules added after set-up (Orchard's
    /// site owner). The only role the code knows by name.</summary>
    public const string Administrator = "Administratör";
}
