using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Trygghet.Portal.Core.Security;

/// <summary>Builds "Permission:{name}" policies on demand, so modules never register policies one by one.
/// An unknown permission name is a programming error and fails loudly rather than silently allowing.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionCatalog catalog)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        var permission = policyName[PermissionPolicy.Prefix.Length..];
        if (!catalog.Exists(permission))
        {
            throw new InvalidOperationException($"No loaded module declares the permission '{permission}'.");
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission))
            .Build();
    }
}
