using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Data;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>Edits a role's description and permissions. The role's concurrency stamp changes on every save,
/// so two administrators editing one role get a conflict instead of a silent overwrite.</summary>
[RequirePermission(Permissions.Names.ManageRoles)]
internal sealed class RoleEditModel(
    RoleManager<PortalRole> roles,
    RolePermissions rolePermissions,
    UnitOfWork work,
    PermissionCatalog catalog,
    IAuditTrail audit,
    IStringLocalizer<RoleEditModel> t) : PageModel
{
    public PermissionCatalog Catalog => catalog;

    [BindProperty]
    public RoleForm Input { get; set; } = new();

    public bool IsAdministrator => Input.Name == WellKnownRoles.Administrator;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        Input = new RoleForm
        {
            Name = role.Name!,
            Description = role.Description,
            Permissions = [.. await rolePermissions.GetAsync(role)],
            ConcurrencyStamp = role.ConcurrencyStamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        Input.Name = role.Name!;
        RoleValidation.CheckPermissions(ModelState, Input.Permissions, Catalog, t);
        if (Input.ConcurrencyStamp != role.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har ändrat rollen under tiden. Ladda om sidan och gör ändringen igen."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The role, its permissions and the audit row are saved together or not at all.
        var result = await work.RunAsync(async c =>
        {
            role.Description = Input.Description?.Trim() ?? string.Empty;
            var saved = await roles.UpdateAsync(role);
            if (saved.Succeeded && !IsAdministrator)
            {
                saved = await rolePermissions.ReplaceAsync(role, Input.Permissions);
            }

            if (saved.Succeeded)
            {
                await audit.RecordAsync(new AuditEvent(AuditCategories.Permissions, "changed a role's permissions",
                    $"{role.Name}: [{string.Join(", ", IsAdministrator ? ["alla"] : Input.Permissions)}]"), c);
            }

            return saved;
        }, saved => saved.Succeeded, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        TempData["Status"] = t["Rollen är sparad."].Value;
        return RedirectToPage(new { id });
    }
}
