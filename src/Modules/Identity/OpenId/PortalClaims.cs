using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Trygghet.Modules.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>What a token says about a person: the subject always; name, e-mail and roles only when the client was
/// granted the scope that covers them (data minimisation, GDPR). Built afresh from the account at every issue,
/// so a refresh reflects a changed name or roles and a deactivated account gets nothing.</summary>
internal sealed class PortalClaims(UserManager<PortalUser> users)
{
    public async Task<ClaimsPrincipal> ForUserAsync(PortalUser user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(claim => DestinationsOf(claim, principal));
        return principal;
    }

    /// <summary>A partner system (client credentials): the client is the subject, its organisation travels along.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string? displayName, string? organisation, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, displayName ?? clientId);
        if (!string.IsNullOrEmpty(organisation))
        {
            identity.SetClaim(ApplicationProperties.OrganisationClaim, organisation);
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(_ => [Destinations.AccessToken]);
        return principal;
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsPrincipal principal) => claim.Type switch
    {
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name or Claims.PreferredUsername or Claims.Role when principal.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email when principal.HasScope(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [],
    };
}
