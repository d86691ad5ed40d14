using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly PermissionDefinition ManageUsers =
        new("Identity.ManageUsers", "Hantera användarkonton", IdentityModule.ModuleName, WellKnownRoles.Administrator);

    public static readonly PermissionDefinition ManageRoles =
        new("Identity.ManageRoles", "Hantera roller och deras behörigheter", IdentityModule.ModuleName, WellKnownRoles.Administrator);

    public static readonly PermissionDefinition ManageApplications =
        new("Identity.ManageApplications", "Hantera OpenID Connect-klienter (applikationer och partnersystem)", IdentityModule.ModuleName, WellKnownRoles.Administrator);

    public IEnumerable<PermissionDefinition> GetPermissions() => [ManageUsers, ManageRoles, ManageApplications];
}
