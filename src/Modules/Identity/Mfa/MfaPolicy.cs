using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Mfa;

/// <summary>Who must use two factors: Modules:Identity:Mfa:RequiredRoles names the roles; without it, every role
/// with a back-office permission (Portal.AccessAdmin, so Administratör too) and the Partner role.
/// Modules:Identity:Mfa:Required=false switches the requirement off (a developer's machine, the test suites that
/// do not test MFA).</summary>
internal sealed class MfaPolicy(MfaSettings settings, IRolePermissionLookup permissions)
{
    public const string PartnerRole = "Partner";

    public bool IsEnforced => settings.Required;

    public async Task<bool> AppliesToAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!settings.Required)
        {
            return false;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (settings.RequiredRoles is { Count: > 0 } named)
        {
            return roles.Any(r => named.Contains(r, StringComparer.Ordinal));
        }

        if (roles.Contains(WellKnownRoles.Administrator, StringComparer.Ordinal) || roles.Contains(PartnerRole, StringComparer.Ordinal))
        {
            return true;
        }

        return (await permissions.GetPermissionsAsync(roles, cancellationToken)).Contains(CorePermissions.AccessAdmin.Name);
    }

    /// <summary>Signed in with a second factor in this session (ASP.NET Identity's "amr" claim).</summary>
    public static bool SignedInWithMfa(ClaimsPrincipal user) => user.HasClaim("amr", "mfa");
}

internal sealed class MfaSettings
{
    public const string Section = "Modules:Identity:Mfa";

    public bool Required { get; init; } = true;

    public List<string>? RequiredRoles { get; init; }

    public static MfaSettings From(IConfiguration configuration) => configuration.GetSection(Section).Get<MfaSettings>() ?? new MfaSettings();
}
