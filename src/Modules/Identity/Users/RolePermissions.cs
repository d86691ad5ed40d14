using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Modules.Identity.Users;

/// <summary>Reads and replaces a role's permissions (role claims), keeping the permission cache honest.</summary>
internal sealed class RolePermissions(RoleManager<PortalRole> roles, IMemoryCache cache, IClusterInvalidation cluster)
{
    public async Task<IReadOnlySet<string>> GetAsync(PortalRole role) =>
        (await roles.GetClaimsAsync(role))
            .Where(c => c.Type == PermissionClaim.Type)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);

    public async Task<IdentityResult> ReplaceAsync(PortalRole role, IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        var current = await GetAsync(role);
        foreach (var removed in current.Except(wanted))
        {
            var result = await roles.RemoveClaimAsync(role, new Claim(PermissionClaim.Type, removed));
            if (!result.Succeeded)
            {
                return result;
            }
        }

        foreach (var added in wanted.Except(current))
        {
            var result = await roles.AddClaimAsync(role, new Claim(PermissionClaim.Type, added));
            if (!result.Succeeded)
            {
                return result;
            }
        }

        RolePermissionLookup.Invalidate(cache, role.Name!);
        await cluster.PublishAsync(RolePermissionInvalidation.Name, role.Name!, CancellationToken.None);
        return IdentityResult.Success;
    }
}
