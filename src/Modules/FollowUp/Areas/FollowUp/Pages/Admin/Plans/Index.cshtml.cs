using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class PlansIndexModel(FollowUpDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<ActionPlan> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/admin/plans");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await db.Plans.AsNoTracking().OrderByDescending(p => p.From).ThenBy(p => p.Id).ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
}
