using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

/// <summary>Signing out is a POST with antiforgery, so another site cannot sign a user out.</summary>
[AllowAnonymous]
internal sealed class LogoutModel(SignInManager<PortalUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
