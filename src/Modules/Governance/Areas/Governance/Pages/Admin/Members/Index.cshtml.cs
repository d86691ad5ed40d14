using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>A forum's members, current first, then the history of ended memberships.</summary>
[RequirePermission(Permissions.Names.ManageForums)]
internal sealed class MembersIndexModel(GovernanceDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public Forum Forum { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public PagedResult<Membership> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager($"/admin/forums/{Forum.Id}/members");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (forum is null)
        {
            return NotFound();
        }

        Forum = forum;
        Today = SwedishTime.Today(clock);
        var today = Today;
        Result = await db.Memberships.AsNoTracking()
            .Where(m => m.ForumId == id)
            .OrderBy(m => m.To != null && m.To < today ? 1 : 0)
            .ThenByDescending(m => m.To)
            .ThenBy(m => m.PersonName)
            .ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
        return Page();
    }
}
