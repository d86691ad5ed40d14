using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

[RequirePermission(Permissions.Names.ManageUsers)]
internal sealed class UserCreateModel(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    TimeProvider clock,
    IStringLocalizer<UserCreateModel> t) : PageModel
{
    [BindProperty]
    public UserForm Input { get; set; } = new();

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public async Task OnGetAsync() => AllRoles = await RoleNamesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        AllRoles = await RoleNamesAsync();
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", t["Ange lösenord."]);
        }

        Input.Roles.RemoveAll(string.IsNullOrWhiteSpace);
        var unknown = Input.Roles.Except(AllRoles).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError("Input.Roles", t["Rollen {0} finns inte.", unknown[0]]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new PortalUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, Input.Password!);
        if (result.Succeeded && Input.Roles.Count > 0)
        {
            result = await users.AddToRolesAsync(user, Input.Roles);
        }

        if (!result.Succeeded)
        {
            // Identity's own length check and the password policy both refuse a short password, in the same words.
            foreach (var error in result.Errors.DistinctBy(e => e.Description))
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            return Page();
        }

        TempData["Status"] = t["Kontot för {0} har skapats.", user.Email!].Value;
        return Redirect($"/admin/users/{user.Id}");
    }

    private async Task<IReadOnlyList<string>> RoleNamesAsync() =>
        await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync();
}
