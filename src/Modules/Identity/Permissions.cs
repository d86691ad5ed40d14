using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string ManageUsers = "Identity.ManageUsers";
        public const string ManageRoles = "Identity.ManageRoles";
        public const string ManageApplications = "Identity.ManageApplications";
    }

    public static readonly PermissionDefinition ManageUsers =
        new(Names.ManageUsers, "Hantera användarkonton", IdentityModule.ModuleName, WellKnownRoles.Administrator);

    public static readonly PermissionDefinition ManageRoles =
        new(Names.ManageRoles, "Hantera roller och deras behörigheter", IdentityModule.ModuleName, WellKnownRoles.Administrator);

    public static readonly PermissionDefinition ManageApplications =
        new(Names.ManageApplications, "Hantera OpenID Connect-klienter (applikationer och partnersystem)", IdentityModule.ModuleName, WellKnownRoles.Administrator);

    public IEnumerable<PermissionDefinition> GetPermissions() => [ManageUsers, ManageRoles, ManageApplications];
}
