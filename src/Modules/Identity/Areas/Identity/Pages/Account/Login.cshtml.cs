using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<PortalUser> signIn, IAuditTrail audit, IStringLocalizer<LoginModel> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
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
            return LocalRedirect(returnUrl);
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
