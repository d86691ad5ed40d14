using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class MeasureCreateModel(FollowUpDbContext db, MeasureEditor editor, IPublicCache cache, IStringLocalizer<MeasureCreateModel> t)
    : MeasurePage(db, editor, cache, t)
{
    public ActionPlan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        await LoadOptionsAsync(cancellationToken);
        // New measures start internal: publishing is a decision, not a default.
        Input = new MeasureForm { Classification = Classification.Intern, StatusId = Options.Statuses.FirstOrDefault()?.Id ?? Guid.Empty };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        await LoadOptionsAsync(cancellationToken);
        var measure = new Measure { PlanId = id };
        Db.Measures.Add(measure);
        if (!await TrySaveAsync(measure, cancellationToken))
        {
            return Page();
        }

        TempData["Status"] = T["Åtgärden {0} är skapad.", measure.Title].Value;
        return Redirect($"/admin/measures/{measure.Id}");
    }
}
