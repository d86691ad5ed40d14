using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class IndicatorEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<IndicatorEditModel> t) : IndicatorPage(db, t)
{
    public int ValueCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid indicatorId, CancellationToken cancellationToken)
    {
        if (await Db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        Input = IndicatorForm.Of(indicator);
        await LoadAsync(indicator.ReportId, indicatorId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid indicatorId, CancellationToken cancellationToken)
    {
        if (await Db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        await LoadAsync(indicator.ReportId, indicatorId, cancellationToken);
        await CheckAsync(indicatorId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.Entry(indicator).Property(i => i.Version).OriginalValue = Input.Version;
        Input.ApplyTo(indicator);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, T["Någon annan har sparat indikatorn under tiden. Ladda om sidan och gör ändringen igen."]);
            return Page();
        }

        await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
        TempData["Status"] = T["Indikatorn är sparad."].Value;
        return Redirect($"/admin/situation/{indicator.ReportId}");
    }

    private async Task LoadAsync(Guid reportId, Guid indicatorId, CancellationToken cancellationToken)
    {
        Report = await Db.SituationReports.AsNoTracking().SingleAsync(r => r.Id == reportId, cancellationToken);
        ValueCount = await Db.IndicatorValues.CountAsync(v => v.IndicatorId == indicatorId, cancellationToken);
        await LoadSectionsAsync(cancellationToken);
    }
}
