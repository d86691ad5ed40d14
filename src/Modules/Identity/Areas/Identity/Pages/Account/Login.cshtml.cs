using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<PortalUser> signIn, IStringLocalizer<LoginModel> t) : PageModel
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

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

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
