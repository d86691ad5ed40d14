using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Identity.Data;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>Roles are few (a handful per municipality), so the list is not paged.</summary>
[RequirePermission(Permissions.Names.ManageRoles)]
internal sealed class RolesIndexModel(IdentityDataContext db) : PageModel
{
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RoleRow(
                r.Id,
                r.Name!,
                r.Description,
                db.RoleClaims.Count(c => c.RoleId == r.Id && c.ClaimType == PermissionClaim.Type),
                db.UserRoles.Count(ur => ur.RoleId == r.Id),
                r.Name == WellKnownRoles.Administrator))
            .ToListAsync(cancellationToken);
    }

    internal sealed record RoleRow(string Id, string Name, string Description, int PermissionCount, int UserCount, bool IsAdministrator);
}
