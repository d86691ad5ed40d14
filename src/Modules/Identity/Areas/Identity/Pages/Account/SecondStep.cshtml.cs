using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

/// <summary>The second step after a correct password: a TOTP code (once only, ±30 s; see TotpTokenProvider) or a
/// recovery code (each once). Failures count towards the account's lockout like wrong passwords, and are audited.</summary>
[AllowAnonymous]
internal sealed class SecondStepModel(SignInManager<PortalUser> signIn, IAuditTrail audit, IStringLocalizer<SecondStepModel> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/konto/logga-in") : Page();

    public Task<IActionResult> OnPostAsync(string? code) =>
        CompleteAsync(code, c => signIn.TwoFactorAuthenticatorSignInAsync(c, isPersistent: false, rememberClient: false), "TOTP");

    public Task<IActionResult> OnPostRecoveryAsync(string? recoveryCode) =>
        CompleteAsync(recoveryCode, c => signIn.TwoFactorRecoveryCodeSignInAsync(c), "recovery code");

    private async Task<IActionResult> CompleteAsync(string? code, Func<string, Task<SignInResult>> signInWith, string method)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Redirect("/konto/logga-in");
        }

        var result = string.IsNullOrWhiteSpace(code) ? SignInResult.Failed : await signInWith(code.Trim());
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, $"signed in (password and {method})", Actor: user.UserName));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, $"second factor refused ({method})", Actor: user.UserName, Succeeded: false));
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? t["Kontot är tillfälligt låst efter för många misslyckade försök. Försök igen om en stund."]
            : t["Koden stämmer inte eller har redan använts."]);
        return Page();
    }
}
