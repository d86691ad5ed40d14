using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Dashboard;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Dashboard;

/// <summary>FollowUp's part of the start page. Whoever manages the plan sees, for the plan in force, which
/// responsible bodies still owe a report in the current follow-up period and when the next report to
/// kommunfullmäktige is due; a reporter sees their own body's measures with progress and what is due
/// (<see cref="ReportingScope"/> decides which, as it does for reporting itself).</summary>
internal sealed class FollowUpDashboard(FollowUpDbContext db, ReportingScope scope, TimeProvider clock, IStringLocalizer<FollowUpDashboard> t) : IDashboardSource
{
    public string ModuleName => FollowUpModule.ModuleName;

    public async Task<IReadOnlyList<DashboardSection>> GetSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(clock);
        var plan = await db.Plans.AsNoTracking().Where(p => p.From <= today && p.To >= today).OrderByDescending(p => p.From).FirstOrDefaultAsync(cancellationToken);
        var period = plan is null ? null : await CurrentPeriodAsync(plan.Id, today, cancellationToken);
        if (await scope.ManagesPlanAsync(user))
        {
            return plan is null ? [] : [await ReportsOwedAsync(plan, period, cancellationToken), KfReport(plan, period)];
        }

        var bodies = await scope.BodiesOfAsync(user, cancellationToken);
        return bodies.Count == 0 ? [] : [await MyMeasuresAsync(bodies, period, cancellationToken)];
    }

    private async Task<FollowUpPeriod?> CurrentPeriodAsync(Guid planId, DateOnly today, CancellationToken cancellationToken) =>
        await db.Periods.AsNoTracking().Where(p => p.PlanId == planId && p.From <= today && p.To >= today).OrderBy(p => p.From).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The same rule as /admin/plans/{id}/reports-due: not finished, begun by the period's end, and not
    /// reported since the period began.</summary>
    private async Task<DashboardSection> ReportsOwedAsync(ActionPlan plan, FollowUpPeriod? period, CancellationToken cancellationToken)
    {
        var url = $"/admin/plans/{plan.Id}/reports-due";
        if (period is null)
        {
            return new("rapporter", t["Rapporter som saknas"], 15, [], t["Ingen uppföljningsperiod pågår i {0}.", plan.Title], new(t["Uppföljningsperioder"], url));
        }

        var final = await db.Statuses.AsNoTracking().Where(s => s.IsFinal).Select(s => s.Id).ToListAsync(cancellationToken);
        var owed = await db.Measures.AsNoTracking()
            .Where(m => m.PlanId == plan.Id && !final.Contains(m.StatusId))
            .Where(m => m.Start == null || m.Start <= period.To)
            .Where(m => m.LastReportedOn == null || m.LastReportedOn < period.From)
            .GroupBy(m => m.ResponsibleBodyId).Select(g => new { Body = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = await db.ResponsibleBodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var periodUrl = $"{url}?period={period.Id}";
        var items = owed
            .Select(o => (Name: o.Body is { } b && names.TryGetValue(b, out var n) ? n : t["Inget ansvarigt organ"].Value, o.Count))
            .OrderBy(o => o.Name, StringComparer.Create(new CultureInfo("sv-SE"), ignoreCase: true))
            .Select(o => new DashboardItem(o.Name, periodUrl, t["{0} åtgärder utan rapport sedan {1}.", o.Count, Day(period.From)], Attention: true))
            .ToList();
        return new("rapporter", t["Rapporter som saknas i {0} (slutar {1})", period.Name, Day(period.To)], 15, items,
            t["Alla ansvariga organ har rapporterat i {0}.", period.Name], new(t["Alla åtgärder som saknar rapport"], periodUrl));
    }

    private DashboardSection KfReport(ActionPlan plan, FollowUpPeriod? period)
    {
        // The report to kommunfullmäktige is made for a follow-up period: the next one is due when the current period ends.
        var items = period is null ? new List<DashboardItem>() :
        [
            new(t["Rapport till kommunfullmäktige för {0}", period.Name], $"/admin/plans/{plan.Id}/kf-report?period={period.Id}",
                t["Underlaget tas fram när perioden slutar {0}.", Day(period.To)]),
        ];
        return new("kf-rapport", t["Nästa rapport till kommunfullmäktige"], 45, items, t["Ingen uppföljningsperiod pågår."]);
    }

    private async Task<DashboardSection> MyMeasuresAsync(IReadOnlyList<Guid> bodies, FollowUpPeriod? period, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.ResponsibleBodyId != null && bodies.Contains(m.ResponsibleBodyId.Value))
            .OrderBy(m => m.Title).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var statuses = await db.Statuses.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var items = measures.Select(m =>
        {
            var status = statuses.GetValueOrDefault(m.StatusId);
            var due = period is not null && status is not { IsFinal: true } && (m.Start is null || m.Start <= period.To)
                && (m.LastReportedOn is null || m.LastReportedOn < period.From);
            var detail = due
                ? t["{0}. Rapport för {1} ska lämnas senast {2}.", status?.Name ?? string.Empty, period!.Name, Day(period.To)]
                : m.LastReportedOn is { } reported ? t["{0}. Senast rapporterad {1}.", status?.Name ?? string.Empty, Day(reported)]
                : t["{0}.", status?.Name ?? string.Empty];
            return new DashboardItem(m.Title, $"/admin/measures/{m.Id}/report", detail, Attention: due, Progress: m.TotalProgress);
        }).OrderByDescending(i => i.Attention).ToList();
        return new("mina-atgarder", t["Mina åtgärder"], 12, items, t["Ditt organ har inga åtgärder i planen."], new(t["Alla mina åtgärder"], "/admin/my-measures"));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
