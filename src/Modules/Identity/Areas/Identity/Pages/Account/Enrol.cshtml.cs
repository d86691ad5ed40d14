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

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

/// <summary>Setting up TOTP without JavaScript: the key as text, as an otpauth URI and as a QR code, then a code from
/// the app proves the app has the key. Recovery codes are shown once, on the answer that switches two factors on.
/// The key of an account that has two factors on is never shown: a code of it confirms this session, or (a fresh
/// second factor) starts over with a new key.</summary>
[Authorize]
internal sealed class EnrolModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TotpEnrolment enrolment, IAuditTrail audit, IStringLocalizer<EnrolModel> t) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public EnrolInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public EnrolmentKey? Key { get; private set; }

    /// <summary>Two factors are on for the account: no key is shown, a code is asked for instead.</summary>
    public bool AlreadyEnabled { get; private set; }

    /// <summary>This session has used the second factor.</summary>
    public bool SessionHasSecondFactor { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await ShowAsync(user);
        return Page();
    }

    /// <summary>With two factors off: confirms the new key and switches them on. With them on: a code of the key
    /// confirms this session (never signs it out).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await CodeIsRightAsync(user, user.TwoFactorEnabled ? "second factor refused on the enrolment page (TOTP)" : "TOTP enrolment code refused"))
        {
            await ShowAsync(user);
            return Page();
        }

        if (user.TwoFactorEnabled)
        {
            await SignInWithSecondFactorAsync(user);
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "confirmed the session with TOTP", Actor: user.UserName));
            return LocalRedirect(ContinueUrl);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        // The session has now used a second factor: the back office opens without signing in again.
        await SignInWithSecondFactorAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "switched on TOTP two-factor authentication", Actor: user.UserName));
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>A new key (a new phone) after a code of the current one, a fresh second factor.</summary>
    public async Task<IActionResult> OnPostRenewAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage(new { ReturnUrl });
        }

        if (!await CodeIsRightAsync(user, "second factor refused before a new TOTP key"))
        {
            await ShowAsync(user);
            return Page();
        }

        await enrolment.StartOverAsync(user);
        await SignInWithSecondFactorAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "started over with a new TOTP key", Actor: user.UserName));
        return RedirectToPage(new { ReturnUrl });
    }

    private async Task<bool> CodeIsRightAsync(PortalUser user, string refusal)
    {
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, TotpTokenProvider.ProviderName, Input.Code))
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, refusal, Actor: user.UserName, Succeeded: false));
            ModelState.AddModelError(string.Empty, user.TwoFactorEnabled
                ? t["Koden stämmer inte eller har redan använts."]
                : t["Koden stämmer inte. Kontrollera att appen har nyckeln och ange den kod som visas nu."]);
        }

        return ModelState.IsValid;
    }

    /// <summary>Changing the key or switching two factors on rotates the security stamp; signing in anew keeps this
    /// session valid and records its second factor.</summary>
    private Task SignInWithSecondFactorAsync(PortalUser user) =>
        signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);

    private async Task ShowAsync(PortalUser user)
    {
        Response.Headers.CacheControl = "no-store";
        AlreadyEnabled = user.TwoFactorEnabled;
        SessionHasSecondFactor = MfaPolicy.SignedInWithMfa(User);
        if (AlreadyEnabled)
        {
            return;
        }

        var hadKey = !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user));
        Key = await enrolment.KeyToEnrolAsync(user);
        if (!hadKey)
        {
            // Making the key changed the security stamp; renewing the cookie keeps this session valid.
            await signIn.RefreshSignInAsync(user);
        }
    }

    internal sealed class EnrolInput
    {
        [Required(ErrorMessage = "Ange {0}.")]
        [Display(Name = "Kod från appen")]
        public string Code { get; set; } = string.Empty;
    }
}
