using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages;

/// <summary>The public part of the latest set lägesbild: its Offentlig sections and indicators, each indicator as
/// charts with the data table beside. Reads only through <see cref="SituationQueries"/>.</summary>
[AllowAnonymous]
[PublicCache(FollowUpCacheTags.Situation)]
internal sealed class SituationModel(FollowUpDbContext db) : PageModel
{
    public SituationReport? Report { get; private set; }

    public IReadOnlyList<SituationSection> Sections { get; private set; } = [];

    private IReadOnlyList<Indicator> Indicators { get; set; } = [];

    private ILookup<Guid, IndicatorValue> Values { get; set; } = Array.Empty<IndicatorValue>().ToLookup(v => v.IndicatorId);

    private IReadOnlyDictionary<Guid, string> AreaNames { get; set; } = new Dictionary<Guid, string>();

    public IEnumerable<Indicator> IndicatorsOf(Guid? sectionId) => Indicators.Where(i => i.SectionId == sectionId);

    public IndicatorView View(Indicator indicator)
    {
        var values = Values[indicator.Id].OrderBy(v => v.Year).ThenBy(v => v.AreaId is null ? 0 : 1).ThenBy(v => v.Gender).ThenBy(v => v.AgeGroup).ToList();
        return new IndicatorView(indicator, values, IndicatorSeries.For(indicator, values, AreaNames), AreaNames);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await db.LatestSetAsync(cancellationToken);
        if (Report is null)
        {
            return;
        }

        var reportId = Report.Id;
        Sections = await db.PublicSections().Where(s => s.ReportId == reportId).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Indicators = await db.PublicIndicators().Where(i => i.ReportId == reportId).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var ids = Indicators.Select(i => i.Id).ToList();
        Values = (await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).ToListAsync(cancellationToken)).ToLookup(v => v.IndicatorId);
        AreaNames = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }

    internal sealed record IndicatorView(Indicator Indicator, IReadOnlyList<IndicatorValue> Values, IReadOnlyList<IndicatorSeries> Charts, IReadOnlyDictionary<Guid, string> AreaNames)
    {
        public string AreaName(Guid? id) => id is { } a && AreaNames.TryGetValue(a, out var name) ? name : "Hela kommunen";
    }
}
