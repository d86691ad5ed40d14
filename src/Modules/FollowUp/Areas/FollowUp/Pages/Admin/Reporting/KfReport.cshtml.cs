using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Charts;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>The report to kommunfullmäktige for a follow-up period: per goal, each public measure's status and progress
/// as last reported by the period's end, and its indicator outcome; then the lägesbild's trend. A KF report is an allmän
/// handling, so internal measures are counted, not shown. Printable, and as CSV (?handler=Csv).</summary>
[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class KfReportModel(FollowUpDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public Guid? PeriodId { get; set; }

    public ActionPlan Plan { get; private set; } = null!;

    public IReadOnlyList<FollowUpPeriod> Periods { get; private set; } = [];

    public FollowUpPeriod? Period { get; private set; }

    public IReadOnlyList<(string Goal, IReadOnlyList<Row> Rows)> Goals { get; private set; } = [];

    public int InternalCount { get; private set; }

    public IReadOnlyList<Trend> Trends { get; private set; } = [];

    public SituationReport? Situation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var rows = Goals.SelectMany(g => g.Rows.Select(r => (g.Goal, Row: r))).ToList();
        var csv = OpenDataCsv.Write(rows,
        [
            new("goal", "Mål", r => r.Goal),
            new("measure", "Åtgärd", r => r.Row.Title),
            new("slug", "Adressnamn", r => r.Row.Slug),
            new("responsible", "Ansvarig", r => r.Row.Responsible),
            new("status", "Status vid periodens slut", r => r.Row.Status),
            new("progress", "Framsteg vid periodens slut", r => r.Row.Progress),
            new("indicators", "Indikatorutfall", r => r.Row.Outcome),
        ]);
        var name = $"kf-rapport-{Plan.Slug}{(Period is null ? "" : "-" + Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", name);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        Periods = await db.Periods.AsNoTracking().Where(p => p.PlanId == id).OrderBy(p => p.From).ToListAsync(cancellationToken);
        var today = SwedishTime.Today(clock);
        Period = Periods.FirstOrDefault(p => p.Id == PeriodId)
            ?? Periods.FirstOrDefault(p => p.From <= today && p.To >= today)
            ?? Periods.LastOrDefault(p => p.From <= today)
            ?? Periods.FirstOrDefault();
        var until = Period?.To ?? today;

        var statuses = await db.Statuses.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var bodies = await db.ResponsibleBodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var goals = await db.Goals.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        InternalCount = await db.Measures.CountAsync(m => m.PlanId == id && m.Classification != Classification.Offentlig, cancellationToken);
        var measures = await db.Measures.AsNoTracking().Include(m => m.Goals)
            .Where(m => m.PlanId == id && m.Classification == Classification.Offentlig)
            .OrderBy(m => m.Title).ToListAsync(cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var latest = (await db.ProgressUpdates.AsNoTracking().Where(u => ids.Contains(u.MeasureId) && u.Date <= until).ToListAsync(cancellationToken))
            .GroupBy(u => u.MeasureId).ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Date).ThenByDescending(u => u.CreatedUtc).First());

        Row RowOf(Measure m)
        {
            var update = latest.GetValueOrDefault(m.Id);
            // A parent shows its public children's rolled-up progress (the report is public; an internal child must
            // not move its figure); a leaf what was last reported by the period's end.
            var progress = m.HasPublicChildren ? m.PublicProgress : update?.Progress ?? m.Progress;
            var status = statuses.GetValueOrDefault(update?.StatusId ?? m.StatusId, string.Empty);
            var outcome = string.Join("; ", m.Targets.Select(t =>
                $"{t.Name}: {N(t.Baseline)} → mål {N(t.Target)}, utfall {N(t.Actual)}{(t.Unit is null ? "" : " " + t.Unit)}"));
            return new Row(m.Title, m.Slug, m.ResponsibleBodyId is { } b ? bodies.GetValueOrDefault(b) : null, status, progress, outcome);
        }

        var grouped = goals.Select(g => (g.Title, (IReadOnlyList<Row>)measures.Where(m => m.Goals.Any(l => l.GoalId == g.Id)).Select(RowOf).ToList()))
            .Where(g => g.Item2.Count > 0).ToList();
        var without = measures.Where(m => m.Goals.Count == 0).Select(RowOf).ToList();
        if (without.Count > 0)
        {
            grouped.Add(("Utan kopplat mål", without));
        }

        Goals = grouped;

        Situation = await db.LatestSetAsync(cancellationToken);
        if (Situation is not null)
        {
            var reportId = Situation.Id;
            var indicators = await db.PublicIndicators().Where(i => i.ReportId == reportId).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
            var indicatorIds = indicators.Select(i => i.Id).ToList();
            var values = (await db.IndicatorValues.AsNoTracking()
                    .Where(v => indicatorIds.Contains(v.IndicatorId) && v.AreaId == null && v.Gender == null && v.AgeGroup == null)
                    .ToListAsync(cancellationToken))
                .ToLookup(v => v.IndicatorId);
            Trends = indicators.Select(i =>
            {
                var series = values[i.Id].OrderBy(v => v.Year).ToList();
                return series.Count < 2 ? null : new Trend(i.Name, i.Unit, series[0].Year, series[0].Value, series[^1].Year, series[^1].Value);
            }).OfType<Trend>().ToList();
        }

        return true;
    }

    private static string N(decimal? value) => value is { } v ? SvgChart.Format(v) : "–";

    internal sealed record Row(string Title, string Slug, string? Responsible, string Status, int Progress, string Outcome);

    internal sealed record Trend(string Name, string? Unit, int FromYear, decimal From, int ToYear, decimal To)
    {
        public string Direction => To < From ? "minskar" : To > From ? "ökar" : "oförändrad";
    }
}
