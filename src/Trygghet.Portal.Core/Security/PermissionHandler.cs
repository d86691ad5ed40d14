using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Trygghet.Portal.Core.Security;

/// <summary>Grants a permission when one of the user's roles holds it. Role permissions are looked up
/// per request (cached), so a change in the admin UI takes effect without signing in again.</summary>
internal sealed class PermissionHandler(IRolePermissionLookup lookup) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Contains(WellKnownRoles.Administrator, StringComparer.Ordinal))
        {
            context.Succeed(requirement);
            return;
        }

        var granted = await lookup.GetPermissionsAsync(roles);
        if (granted.Contains(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
