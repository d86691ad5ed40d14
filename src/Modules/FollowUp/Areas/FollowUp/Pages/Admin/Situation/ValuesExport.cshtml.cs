using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Transfer;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>Every value of the lägesbild's indicators (internal ones too: this is the back office), in the import's columns.</summary>
[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class ValuesExportModel(FollowUpDbContext db, IndicatorValuesCsv csv) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SituationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(await csv.ExportAsync(id, cancellationToken))).ToArray();
        return File(body, "text/csv; charset=utf-8", $"{report.Slug}-indikatorvarden.csv");
    }
}
