using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using OpenIddict.Client.AspNetCore;
using Trygghet.Modules.Identity.External;
using Trygghet.Modules.Identity.Mfa;
using Trygghet.Modules.Identity.Throttling;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<PortalUser> signIn, PasswordCheck passwords, SignInThrottle throttle, SecondFactorSetup secondFactor,
    IAuditTrail audit, ExternalProviderSettings external, IStringLocalizer<LoginModel> t) : PageModel
{
    /// <summary>Why the external sign-in came back here (see <see cref="ExternalSignInEndpoints"/>).</summary>
    [BindProperty(Name = "fel", SupportsGet = true)]
    public string? Refusal { get; set; }

    /// <summary>The button for the municipality's provider, when one is configured.</summary>
    public string? ExternalDisplayName => external.IsConfigured ? external.DisplayName : null;

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
        if (Refusal == ExternalSignInEndpoints.RefusedUnknown)
        {
            // The same words whether the address is unknown, deactivated or locked: nothing about the account leaks.
            ModelState.AddModelError(string.Empty, t["Inloggningen med kommunens konto gav inget konto i portalen. Be en administratör att lägga upp ditt konto med samma e-postadress."]);
        }
        else if (Refusal == ExternalSignInEndpoints.RefusedInvalid)
        {
            ModelState.AddModelError(string.Empty, t["Inloggningen med kommunens konto kunde inte slutföras. Försök igen."]);
        }
    }

    /// <summary>Starts the sign-in at the municipality's provider (a POST with the antiforgery token, so no other
    /// site can start one); OpenIddict carries the return address through the state.</summary>
    public IActionResult OnPostExternal()
    {
        if (!external.IsConfigured)
        {
            return NotFound();
        }

        var properties = new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin" };
        properties.Items[OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = ExternalProviderSettings.ProviderName;
        return Challenge(properties, OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = HiddenCharacters.Normalize(Input.Email.Trim());
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (await throttle.WaitAsync(client, email) is { } wait)
        {
            // Not even checked: the same answer for every address, known or not, until the delay has passed.
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty, t["För många misslyckade inloggningar. Vänta {0} sekunder och försök igen.", (int)Math.Ceiling(wait.TotalSeconds)]);
            return Page();
        }

        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin";
        // The password is verified whether or not the address has an account (PasswordCheck), so the time taken does
        // not tell; failures slow the client and the address down (SignInThrottle) instead of locking the account.
        if (await passwords.CheckAsync(email, Input.Password) is { } user)
        {
            await throttle.SucceedAsync(email);
            var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: false);
            if (result.Succeeded)
            {
                await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "signed in (password)", Actor: email));
                return LocalRedirect(await secondFactor.NextStepAsync(email, returnUrl));
            }

            if (result.RequiresTwoFactor)
            {
                // The password was right; the sign-in completes with the second factor.
                return LocalRedirect("/konto/logga-in/tvastegs?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
            }
        }

        await AuditFailureAsync(await throttle.FailAsync(client, email), email);
        // One message for unknown account, deactivated account and wrong password: the page must not reveal which accounts exist.
        ModelState.AddModelError(string.Empty, t["Fel e-postadress eller lösenord."]);
        return Page();
    }

    /// <summary>Anonymous failures are aggregated (SignInThrottle decides): the first per address and window, then
    /// the 10th, 100th …; past a cap per window only a count. The log cannot be flooded through the sign-in form.</summary>
    private async Task AuditFailureAsync(AuditDecision decision, string email)
    {
        if (decision.Audit)
        {
            var what = decision.Failures == 1 ? "sign-in failed" : $"sign-in failed ({decision.Failures} times within {SignInThrottle.Window.TotalMinutes:0} minutes)";
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, what, Subject: email, Actor: "anonym", Succeeded: false));
        }

        if (decision.Summary is { } total)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn,
                $"sign-in failed {total} times within {SignInThrottle.Window.TotalMinutes:0} minutes, over all addresses (not logged one by one)", Actor: "anonym", Succeeded: false));
        }
    }

    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "Ange {0}.")]
        [NoHiddenCharacters]
        [EmailAddress(ErrorMessage = "Ange en giltig {0}.")]
        [Display(Name = "E-postadress")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Ange {0}.")]
        [DataType(DataType.Password)]
        [Display(Name = "Lösenord")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Kom ihåg mig på den här enheten")]
        public bool RememberMe { get; set; }
    }
}
