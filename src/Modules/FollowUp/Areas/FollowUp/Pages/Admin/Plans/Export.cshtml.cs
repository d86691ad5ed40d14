using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Transfer;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>Every measure of the plan as CSV (internal ones too: this is the back office), in the import's columns.</summary>
[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class PlanExportModel(FollowUpDbContext db, MeasureCsv csv) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(await csv.ExportAsync(id, cancellationToken))).ToArray();
        return File(body, "text/csv; charset=utf-8", $"{plan.Slug}-atgarder.csv");
    }
}
