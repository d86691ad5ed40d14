using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>The measures the signed-in person may report on: every one for those who manage the plan, otherwise
/// those of the responsible bodies they report for.</summary>
[RequirePermission(Permissions.Names.ReportProgress)]
internal sealed class MyMeasuresModel(FollowUpDbContext db, ReportingScope scope) : PageModel
{
    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public bool AllMeasures { get; private set; }

    public PagedResult<Measure> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/admin/my-measures");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AllMeasures = await scope.ManagesPlanAsync(User);
        var measures = db.Measures.AsQueryable();
        if (!AllMeasures)
        {
            var bodies = await scope.BodiesOfAsync(User, cancellationToken);
            measures = measures.Where(m => m.ResponsibleBodyId != null && bodies.Contains(m.ResponsibleBodyId.Value));
        }

        Result = await measures.AsNoTracking().OrderBy(m => m.Title).ThenBy(m => m.Id).ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
    }
}
