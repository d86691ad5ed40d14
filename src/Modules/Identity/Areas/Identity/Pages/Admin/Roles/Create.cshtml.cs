using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Data;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

[RequirePermission(Permissions.Names.ManageRoles)]
internal sealed class RoleCreateModel(
    RoleManager<PortalRole> roles,
    RolePermissions rolePermissions,
    UnitOfWork work,
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
        var role = new PortalRole(Input.Name.Trim()) { Description = Input.Description?.Trim() ?? string.Empty };
        var result = await work.RunAsync(async c =>
        {
            var created = await roles.CreateAsync(role);
            return created.Succeeded ? await rolePermissions.ReplaceAsync(role, Input.Permissions) : created;
        }, created => created.Succeeded, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Name", error.Description);
            }

            return Page();
        }

        TempData["Status"] = t["Rollen {0} har skapats.", role.Name!].Value;
        return Redirect($"/admin/roles/{role.Id}");
    }
}
