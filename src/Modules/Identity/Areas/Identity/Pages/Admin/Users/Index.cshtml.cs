using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Identity.Data;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

[RequirePermission("Identity.ManageUsers")]
internal sealed class UsersIndexModel(IdentityDataContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<UserRow> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/admin/users", new Dictionary<string, string?> { ["q"] = Query });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var term = Query.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        var page = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Result = new PagedResult<UserRow>(
            page.Items.Select(u => new UserRow(
                u.Id,
                u.DisplayName,
                u.Email ?? string.Empty,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                UserStatus.Of(u, now))).ToList(),
            page.PageNumber,
            page.PageSize,
            page.TotalCount);
    }

    internal sealed record UserRow(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string Status);
}
