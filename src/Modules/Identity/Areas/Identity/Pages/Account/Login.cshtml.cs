using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using OpenIddict.Client.AspNetCore;
using Trygghet.Modules.Identity.External;
using Trygghet.Modules.Identity.Mfa;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<PortalUser> signIn, SecondFactorSetup secondFactor, IAuditTrail audit, ExternalProviderSettings external, IStringLocalizer<LoginModel> t) : PageModel
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

        var email = Input.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin";
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

        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, result.IsLockedOut ? "sign-in refused (locked out)" : "sign-in failed",
            Subject: email, Actor: "anonym", Succeeded: false));

        // One message for unknown account and wrong password: the page must not reveal which accounts exist.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? t["Kontot är tillfälligt låst efter för många misslyckade försök. Försök igen om en stund."]
            : t["Fel e-postadress eller lösenord."]);
        return Page();
    }

    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "Ange {0}.")]
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
