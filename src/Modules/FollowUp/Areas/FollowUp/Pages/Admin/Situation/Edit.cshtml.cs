using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class SituationEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<SituationEditModel> t) : PageModel
{
    [BindProperty]
    public SituationForm Input { get; set; } = new();

    public SituationReport Report { get; private set; } = null!;

    public IReadOnlyList<SituationSection> Sections { get; private set; } = [];

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    private IReadOnlyDictionary<Guid, int> Counts { get; set; } = new Dictionary<Guid, int>();

    public int ValueCount(Guid indicator) => Counts.GetValueOrDefault(indicator);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SituationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        Input = SituationForm.Of(report);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SituationReports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        if (ModelState.IsValid)
        {
            foreach (var (key, message) in Input.Problems())
            {
                ModelState.AddModelError(key, t[message]);
            }
        }

        if (ModelState.IsValid && await db.SituationReports.AnyAsync(r => r.Slug == Input.Slug.Trim() && r.Id != id, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adressnamnet används redan av en annan lägesbild."]);
        }

        if (ModelState.IsValid)
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = Input.Version;
            Input.ApplyTo(report);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
                TempData["Status"] = t["Lägesbilden är sparad."].Value;
                return Redirect($"/admin/situation/{id}");
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, t["Någon annan har sparat lägesbilden under tiden. Ladda om sidan och gör ändringen igen."]);
            }
        }

        db.ChangeTracker.Clear();
        Report = await db.SituationReports.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var id = Report.Id;
        Sections = await db.SituationSections.AsNoTracking().Where(s => s.ReportId == id).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Indicators = await db.Indicators.AsNoTracking().Where(i => i.ReportId == id).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var ids = Indicators.Select(i => i.Id).ToList();
        Counts = await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).GroupBy(v => v.IndicatorId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
