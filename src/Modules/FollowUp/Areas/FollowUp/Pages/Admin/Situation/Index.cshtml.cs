using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class SituationIndexModel(FollowUpDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<SituationReport> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/admin/situation");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await db.SituationReports.AsNoTracking().OrderByDescending(r => r.From).ThenBy(r => r.Id).ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
}
