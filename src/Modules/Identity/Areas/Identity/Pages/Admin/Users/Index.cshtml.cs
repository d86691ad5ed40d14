using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Data;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>Every account, by name unless sorted otherwise; searched and filtered by role and by whether it is
/// deactivated, in the database. (SQLite cannot compare the DateTimeOffset columns, so "locked" is shown, not filtered.)</summary>
[RequirePermission(Permissions.Names.ManageUsers)]
internal sealed class UsersIndexModel(IdentityDataContext db, TimeProvider clock, IStringLocalizer<UsersIndexModel> t) : PageModel
{
    public const string Path = "/admin/users";

    private static readonly SortColumns<PortalUser> Sorting = new SortColumns<PortalUser>(new("namn", Descending: false), q => q.ThenBy(u => u.Id))
        .Add("namn", u => u.DisplayName)
        .Add("epost", u => u.NormalizedEmail);

    public static IReadOnlyList<(string Key, string Name)> States { get; } = [("aktiva", "Inte inaktiverade"), ("inaktiverade", "Inaktiverade")];

    public ListQuery List { get; private set; } = null!;

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    public PagedResult<UserRow> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var page = Page();
        page.StatusCode = List.StatusCode;
        return page;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        RoleNames = await db.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);
        List = new ListQuery(Path, Request.Query);
        var text = List.Text("q", t["Sök på namn eller e-postadress"]);
        var role = List.Choice("roll", t["roll"], RoleNames);
        var state = List.Choice("status", t["status"], States.Select(s => s.Key));
        var sort = List.SortBy(Sorting);
        if (!List.IsValid)
        {
            return;
        }

        var users = db.Users.AsNoTracking();
        if (text is not null)
        {
            var term = text.ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        if (role is not null)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        users = state switch
        {
            "aktiva" => users.Where(u => u.DeactivatedAt == null),
            "inaktiverade" => users.Where(u => u.DeactivatedAt != null),
            _ => users,
        };

        var page = await Sorting.Apply(users, sort).ToPagedResultAsync(List.Page.Number, List.Page.Size, cancellationToken);
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
