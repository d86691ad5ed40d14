using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Throttling;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

/// <summary>The second step after a correct password: a TOTP code (once only, ±30 s; see TotpTokenProvider) or a
/// recovery code (each once). Failures are throttled like wrong passwords (SignInThrottle), never locking, and are audited.</summary>
[AllowAnonymous]
internal sealed class SecondStepModel(SignInManager<PortalUser> signIn, SignInThrottle throttle, IAuditTrail audit, IStringLocalizer<SecondStepModel> t) : PageModel
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

        // Wrong codes slow down (SignInThrottle), they do not lock the account (Identity's lockout only deactivates).
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (await throttle.WaitAsync(client, "second-factor:" + user.Id) is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, t["För många felaktiga koder. Vänta {0} sekunder och försök igen.", (int)Math.Ceiling(wait.TotalSeconds)]);
            return Page();
        }

        var result = string.IsNullOrWhiteSpace(code) ? SignInResult.Failed : await signInWith(code.Trim());
        if (result.Succeeded)
        {
            await throttle.SucceedAsync("second-factor:" + user.Id);
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, $"signed in (password and {method})", Actor: user.UserName));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        await throttle.FailAsync(client, "second-factor:" + user.Id);
        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, $"second factor refused ({method})", Actor: user.UserName, Succeeded: false));
        ModelState.AddModelError(string.Empty, t["Koden stämmer inte eller har redan använts."]);
        return Page();
    }
}
