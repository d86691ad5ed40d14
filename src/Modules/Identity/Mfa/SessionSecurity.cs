using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Mfa;

/// <summary>What a sign-in session is on the server (ADR 0026): the claims of how the person signed in outlive the
/// security-stamp refresh, and a session whose stamp is no longer the account's (signed out, password or roles
/// changed, deactivated) is refused on its next request, not a minute later.</summary>
internal static class SessionSecurity
{
    /// <summary>Claims that record how the session was signed in, not who the person is: the refresh rebuilds the
    /// principal from the database and cannot know them, so they are carried over (as RefreshSignInAsync does).</summary>
    private static readonly string[] SignInTimeClaimTypes = ["amr", ClaimTypes.AuthenticationMethod];

    /// <summary>For <see cref="SecurityStampValidatorOptions.OnRefreshingPrincipal"/>.</summary>
    public static Task KeepSignInClaims(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is not { } current || context.NewPrincipal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        foreach (var claim in current.Claims.Where(c => SignInTimeClaimTypes.Contains(c.Type, StringComparer.Ordinal)))
        {
            if (!identity.HasClaim(claim.Type, claim.Value))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Wraps the cookie's principal validation: first the stamp check on every request, then Identity's
    /// periodic refresh (roles, display name) as before.</summary>
    public static Func<CookieValidatePrincipalContext, Task> ValidateEveryRequest(Func<CookieValidatePrincipalContext, Task> periodic) =>
        async context =>
        {
            if (!await StampIsCurrentAsync(context))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await periodic(context);
        };

    /// <summary>One lookup by primary key per signed-in request: logging out rotates the stamp, so a copied cookie
    /// stops working at once.</summary>
    private static async Task<bool> StampIsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirstValue(claimType);
        var userId = context.Principal is { } principal ? users.GetUserId(principal) : null;
        if (string.IsNullOrEmpty(stamp) || userId is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        return string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }
}
