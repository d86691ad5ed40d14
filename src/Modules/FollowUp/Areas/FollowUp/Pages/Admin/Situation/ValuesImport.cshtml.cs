using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Modules.FollowUp.Transfer;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManageSituation)]
[RequestSizeLimit(CsvUpload.MaxBytes)]
internal sealed class ValuesImportModel(FollowUpDbContext db, IndicatorValuesCsv csv, IPublicCache cache, IStringLocalizer<ValuesImportModel> t) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public SituationReport Report { get; private set; } = null!;

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : (IActionResult)NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var (text, uploadProblem) = await CsvUpload.ReadAsync(Upload, t, cancellationToken);
        if (text is null)
        {
            ModelState.AddModelError(nameof(Upload), uploadProblem!);
            return Page();
        }

        var (problems, indicators, values) = await csv.ImportAsync(id, text, cancellationToken);
        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
        TempData["Status"] = t["Importen är klar: {0} värden för {1} indikatorer.", values, indicators].Value;
        return Redirect($"/admin/situation/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SituationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return false;
        }

        Report = report;
        Indicators = await db.Indicators.AsNoTracking().Where(i => i.ReportId == id).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        return true;
    }
}
