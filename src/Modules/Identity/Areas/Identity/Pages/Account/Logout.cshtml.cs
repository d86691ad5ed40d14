using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages;

/// <summary>Signing out is a POST with antiforgery, so another site cannot sign a user out. It ends the session on the
/// server too: the account's security stamp is rotated, so a copy of the cookie is refused on its next request
/// (ADR 0026; every other session of the account ends with it).</summary>
[AllowAnonymous]
internal sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
