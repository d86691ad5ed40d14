using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Mfa;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

/// <summary>Setting up TOTP without JavaScript: the key and the otpauth URI as text, then a code from the app proves
/// the app has the key. Recovery codes are shown once, on the answer that switches two factors on.</summary>
[Authorize]
internal sealed class EnrolModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IAuditTrail audit, ISiteInfo site, IStringLocalizer<EnrolModel> t) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public EnrolInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string FormattedKey { get; private set; } = string.Empty;

    public string OtpAuthUri { get; private set; } = string.Empty;

    public bool AlreadyEnabled { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        AlreadyEnabled = user.TwoFactorEnabled && MfaPolicy.SignedInWithMfa(User);
        if (!AlreadyEnabled)
        {
            await ShowKeyAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled && !MfaPolicy.SignedInWithMfa(User))
        {
            // Set up already, but this session skipped the second step: it must sign in with it, not enrol anew.
            await signIn.SignOutAsync();
            return Redirect("/konto/logga-in");
        }

        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, TotpTokenProvider.ProviderName, Input.Code))
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "TOTP enrolment code refused", Actor: user.UserName, Succeeded: false));
            ModelState.AddModelError(string.Empty, t["Koden stämmer inte. Kontrollera att appen har nyckeln och ange den kod som visas nu."]);
        }

        if (!ModelState.IsValid)
        {
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        // The session has now used a second factor: the back office opens without signing in again.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "switched on TOTP two-factor authentication", Actor: user.UserName));
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task ShowKeyAsync(PortalUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // The reset changes the security stamp; renewing the cookie keeps this session valid.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        FormattedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var issuer = Uri.EscapeDataString(site.SiteName);
        OtpAuthUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? user.UserName!)}?secret={key}&issuer={issuer}&digits=6&period=30";
        Response.Headers.CacheControl = "no-store";
    }

    internal sealed class EnrolInput
    {
        [Required(ErrorMessage = "Ange {0}.")]
        [Display(Name = "Kod från appen")]
        public string Code { get; set; } = string.Empty;
    }
}
