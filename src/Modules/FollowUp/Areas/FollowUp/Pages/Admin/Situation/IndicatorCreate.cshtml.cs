using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>A new indicator starts internal, like a new section: publishing figures is a decision.</summary>
[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class IndicatorCreateModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<IndicatorCreateModel> t) : IndicatorPage(db, t)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.SituationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        await LoadSectionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await Db.SituationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        await LoadSectionsAsync(cancellationToken);
        await CheckAsync(null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var indicator = new Indicator { ReportId = id, SortOrder = await Db.Indicators.CountAsync(i => i.ReportId == id, cancellationToken) };
        Input.ApplyTo(indicator);
        Db.Indicators.Add(indicator);
        await Db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
        TempData["Status"] = T["Indikatorn {0} är skapad. Lägg in dess värden genom att importera en CSV-fil.", indicator.Name].Value;
        return Redirect($"/admin/situation/{id}");
    }
}
