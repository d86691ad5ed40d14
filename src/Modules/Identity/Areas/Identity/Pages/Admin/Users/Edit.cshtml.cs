using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Mfa;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>Edits an account. Accounts are deactivated rather than deleted (arkivlagen: actions stay attributable).</summary>
[RequirePermission(Permissions.Names.ManageUsers)]
internal sealed class UserEditModel(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    TimeProvider clock,
    TotpEnrolment enrolment,
    IAuditTrail audit,
    IStringLocalizer<UserEditModel> t) : PageModel
{
    [BindProperty]
    public UserForm Input { get; set; } = new();

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public string Status { get; private set; } = UserStatus.Active;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user, fillForm: true);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user, fillForm: false);
        Input.Roles.RemoveAll(string.IsNullOrWhiteSpace);
        var unknown = Input.Roles.Except(AllRoles).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError("Input.Roles", t["Rollen {0} finns inte.", unknown[0]]);
        }

        if (Input.ConcurrencyStamp != user.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har ändrat kontot under tiden. Ladda om sidan och gör ändringen igen."]);
        }

        ModelState.Remove("Input.Password");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.DisplayName = Input.DisplayName.Trim();
        var result = await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        if (result.Succeeded)
        {
            result = await users.RemoveFromRolesAsync(user, current.Except(Input.Roles));
        }

        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, Input.Roles.Except(current));
        }

        if (!result.Succeeded)
        {
            AddErrors(result, string.Empty);
            return Page();
        }

        await users.UpdateSecurityStampAsync(user);
        var added = Input.Roles.Except(current).ToList();
        var removed = current.Except(Input.Roles).ToList();
        if (added.Count + removed.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.Permissions, "changed the roles of an account",
                $"{user.UserName}: +[{string.Join(", ", added)}] -[{string.Join(", ", removed)}]"));
        }

        TempData["Status"] = t["Ändringarna är sparade."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSetPasswordAsync(string id, string? newPassword)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user, fillForm: true);
        var result = string.IsNullOrEmpty(newPassword)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordRequired", Description = t["Ange nytt lösenord."] })
            : await ResetPasswordAsync(user, newPassword);
        if (!result.Succeeded)
        {
            AddErrors(result, "NewPassword");
            return Page();
        }

        TempData["Status"] = t["Lösenordet är bytt."].Value;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDeactivateAsync(string id) => ChangeAsync(id, async user =>
    {
        user.DeactivatedAt = clock.GetUtcNow();
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        return t["Kontot är inaktiverat och kan inte längre logga in."];
    });

    public Task<IActionResult> OnPostReactivateAsync(string id) => ChangeAsync(id, async user =>
    {
        user.DeactivatedAt = null;
        await users.SetLockoutEndDateAsync(user, null);
        return t["Kontot är aktivt igen."];
    });

    public Task<IActionResult> OnPostUnlockAsync(string id) => ChangeAsync(id, async user =>
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return t["Kontot är upplåst."];
    });

    /// <summary>Someone lost their phone: the old key and recovery codes stop working, their sessions end, and the
    /// next sign-in sets up a new key. The only way to a new key without a code of the old one, so it is audited.</summary>
    public Task<IActionResult> OnPostResetTwoFactorAsync(string id) => ChangeAsync(id, async user =>
    {
        await enrolment.StartOverAsync(user);
        await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "reset the two-factor authentication of an account", user.UserName));
        return t["Tvåstegsverifieringen är återställd. Vid nästa inloggning får kontot lägga till en ny nyckel i sin app."];
    });

    public bool TwoFactorEnabled { get; private set; }

    private async Task<IActionResult> ChangeAsync(string id, Func<PortalUser, Task<LocalizedString>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var message = await change(user);
        await users.UpdateSecurityStampAsync(user);
        TempData["Status"] = message.Value;
        return RedirectToPage(new { id });
    }

    private async Task<IdentityResult> ResetPasswordAsync(PortalUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await users.ResetPasswordAsync(user, token, password);
    }

    private async Task LoadAsync(PortalUser user, bool fillForm)
    {
        AllRoles = await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync();
        Status = UserStatus.Of(user, clock.GetUtcNow());
        TwoFactorEnabled = user.TwoFactorEnabled;
        if (fillForm)
        {
            Input = new UserForm
            {
                Email = user.Email ?? string.Empty,
                DisplayName = user.DisplayName,
                Roles = [.. await users.GetRolesAsync(user)],
                ConcurrencyStamp = user.ConcurrencyStamp,
            };
        }
        else
        {
            Input.Email = user.Email ?? string.Empty;
        }
    }

    private void AddErrors(IdentityResult result, string key)
    {
        foreach (var error in result.Errors.DistinctBy(e => e.Description))
        {
            ModelState.AddModelError(key, error.Description);
        }
    }
}
