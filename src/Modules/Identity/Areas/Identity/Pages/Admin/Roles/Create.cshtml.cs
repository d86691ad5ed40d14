using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Data;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

[RequirePermission("Identity.ManageRoles")]
internal sealed class RoleCreateModel(
    RoleManager<PortalRole> roles,
    RolePermissions rolePermissions,
    PortalConnection connection,
    IdentityDataContext db,
    PermissionCatalog catalog,
    IStringLocalizer<RoleCreateModel> t) : PageModel
{
    public PermissionCatalog Catalog => catalog;

    [BindProperty]
    public RoleForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RoleValidation.CheckPermissions(ModelState, Input.Permissions, Catalog, t);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The role and its permissions are saved together or not at all.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var role = new PortalRole(Input.Name.Trim()) { Description = Input.Description?.Trim() ?? string.Empty };
        var result = await roles.CreateAsync(role);
        if (result.Succeeded)
        {
            result = await rolePermissions.ReplaceAsync(role, Input.Permissions);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Name", error.Description);
            }

            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        TempData["Status"] = t["Rollen {0} har skapats.", role.Name!].Value;
        return Redirect($"/admin/roles/{role.Id}");
    }
}
