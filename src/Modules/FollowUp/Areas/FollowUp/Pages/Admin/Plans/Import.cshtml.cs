using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Modules.FollowUp.Transfer;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManagePlan)]
[RequestSizeLimit(CsvUpload.MaxBytes)]
internal sealed class PlanImportModel(FollowUpDbContext db, MeasureCsv csv, IPublicCache cache, IStringLocalizer<PlanImportModel> t) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ActionPlan Plan { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        ModelState.Clear();
        var (text, uploadProblem) = await CsvUpload.ReadAsync(Upload, t, cancellationToken);
        if (text is null)
        {
            ModelState.AddModelError(nameof(Upload), uploadProblem!);
            return Page();
        }

        var (problems, created, updated) = await csv.ImportAsync(id, text, cancellationToken);
        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        await cache.EvictAsync(FollowUpCacheTags.Measures, cancellationToken);
        TempData["Status"] = t["Importen är klar: {0} nya och {1} uppdaterade åtgärder.", created, updated].Value;
        return Redirect($"/admin/plans/{id}");
    }
}
