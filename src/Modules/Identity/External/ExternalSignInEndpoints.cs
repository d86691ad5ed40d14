using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Client.AspNetCore;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.External;

/// <summary>The return from the municipality's provider (/signin-oidc). OpenIddict has checked state (bound to this
/// browser), the code exchange with PKCE and the identity token before this runs. The person is found by the link
/// made at their first sign-in (issuer + subject), else by a verified e-mail address of an existing, active
/// account, which is then linked. Nobody is created: an unknown person is refused, and so is a known one whose
/// account is already linked to another subject. Every outcome is audited.</summary>
internal static class ExternalSignInEndpoints
{
    /// <summary>Why the sign-in page is shown again; the page turns it into a Swedish message.</summary>
    public const string RefusedUnknown = "extern-okand";
    public const string RefusedInvalid = "extern-ogiltig";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<ExternalProviderSettings>().IsConfigured)
        {
            return;
        }

        endpoints.MapMethods("/" + ExternalProviderSettings.RedirectionPath, [HttpMethods.Get, HttpMethods.Post], CallbackAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> CallbackAsync(HttpContext http, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
        ExternalProviderSettings settings, IAuditTrail audit)
    {
        var result = await http.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is not { } external)
        {
            var error = result.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.Error) ?? result.Failure?.Message ?? "no result";
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "external sign-in refused (invalid answer)",
                Subject: Truncate(error), Actor: "anonym", Succeeded: false), http.RequestAborted);
            return Refused(RefusedInvalid);
        }

        var subject = external.FindFirst(Claims.Subject)?.Value;
        var email = external.FindFirst(Claims.Email)?.Value?.Trim();
        if (string.IsNullOrEmpty(subject))
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "external sign-in refused (no subject)", Actor: "anonym", Succeeded: false), http.RequestAborted);
            return Refused(RefusedInvalid);
        }

        var user = await users.FindByLoginAsync(settings.LoginProvider, subject);
        if (user is null && !string.IsNullOrEmpty(email) && EmailVerified(external, settings))
        {
            user = await LinkByEmailAsync(users, settings, email, subject);
        }

        if (user is null || user.DeactivatedAt is not null)
        {
            // Who tried is worth recording (the provider vouched for the address); the page says nothing about why.
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "external sign-in refused (no portal account)",
                Subject: email ?? subject, Actor: "anonym", Succeeded: false), http.RequestAborted);
            return Refused(RefusedUnknown);
        }

        var returnUrl = LocalOrAdmin(result.Properties?.RedirectUri);
        if (ProviderDidMfa(external, settings))
        {
            // The provider did a second factor: the session counts as MFA (the "amr" claim the policy reads).
            if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                return await RefuseLockedAsync(audit, user, http);
            }

            await signIn.SignInWithClaimsAsync(user, isPersistent: false,
                [new Claim("amr", "mfa"), new Claim(ClaimTypes.AuthenticationMethod, settings.LoginProvider)]);
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "signed in (external provider with MFA)", Actor: user.UserName), http.RequestAborted);
            return Results.LocalRedirect(returnUrl);
        }

        // Without a second factor at the provider, the account's own TOTP is asked for, exactly as after a password.
        var signedIn = await signIn.ExternalLoginSignInAsync(settings.LoginProvider, subject, isPersistent: false, bypassTwoFactor: false);
        if (signedIn.RequiresTwoFactor)
        {
            return Results.LocalRedirect("/konto/logga-in/tvastegs?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        if (!signedIn.Succeeded)
        {
            return await RefuseLockedAsync(audit, user, http);
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "signed in (external provider)", Actor: user.UserName), http.RequestAborted);
        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<PortalUser?> LinkByEmailAsync(UserManager<PortalUser> users, ExternalProviderSettings settings, string email, string subject)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.DeactivatedAt is not null)
        {
            return null;
        }

        // One link per provider: an account already linked to another subject is not taken over by a second one.
        if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == settings.LoginProvider))
        {
            return null;
        }

        var linked = await users.AddLoginAsync(user, new UserLoginInfo(settings.LoginProvider, subject, settings.DisplayName));
        return linked.Succeeded ? user : null;
    }

    private static bool EmailVerified(ClaimsPrincipal external, ExternalProviderSettings settings) =>
        settings.EmailsAreVerified
        || string.Equals(external.FindFirst(Claims.EmailVerified)?.Value, "true", StringComparison.OrdinalIgnoreCase);

    private static bool ProviderDidMfa(ClaimsPrincipal external, ExternalProviderSettings settings) =>
        settings.TrustProviderMfa
        && external.FindAll(Claims.AuthenticationMethodReference).Any(c => settings.EffectiveMfaMethods.Contains(c.Value, StringComparer.Ordinal));

    private static async Task<IResult> RefuseLockedAsync(IAuditTrail audit, PortalUser user, HttpContext http)
    {
        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "external sign-in refused (locked out)", Actor: user.UserName, Succeeded: false), http.RequestAborted);
        return Refused(RefusedUnknown);
    }

    private static IResult Refused(string reason) => Results.Redirect("/konto/logga-in?fel=" + reason);

    private static string LocalOrAdmin(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/admin";

    private static string Truncate(string value) => value.Length <= 200 ? value : value[..200];
}
