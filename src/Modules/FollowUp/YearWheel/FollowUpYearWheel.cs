using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.YearWheel;

namespace Trygghet.Modules.FollowUp.YearWheel;

/// <summary>FollowUp's rows of the årshjul: the lägesbild, the åtgärdsplan, its follow-up periods (each body reports
/// by the period's end) and the report to kommunfullmäktige that each period ends in (the start page's rule). Citizens
/// see only a set lägesbild and a decided plan, as /lagesbild and /atgardsplan do; staff also see drafts.</summary>
internal sealed class FollowUpYearWheel(FollowUpDbContext db, IPermissionChecker permissions, IStringLocalizer<FollowUpYearWheel> t) : IYearWheelSource
{
    public string ModuleName => FollowUpModule.ModuleName;

    public async Task<IReadOnlyList<YearWheelEntry>> GetEntriesAsync(int year, ClaimsPrincipal? staff, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var managesPlan = staff is not null && await permissions.HasAsync(staff, Permissions.ManagePlan.Name);
        var managesSituation = staff is not null && await permissions.HasAsync(staff, Permissions.ManageSituation.Name);
        var entries = new List<YearWheelEntry>();

        var reports = await db.SituationReports.AsNoTracking()
            .Where(r => r.From <= last && r.To >= first && (staff != null || r.SetOn != null))
            .OrderBy(r => r.From).ToListAsync(cancellationToken);
        entries.AddRange(reports.Select(r => new YearWheelEntry(t["Lägesbild"], YearWheelTracks.Situation, r.Title, r.From, r.To,
            managesSituation ? $"/admin/situation/{r.Id}" : r.SetOn is null ? null : "/lagesbild",
            r.SetOn is { } set ? t["Fastställd {0}.", Day(set)] : t["Utkast, inte fastställd."])));

        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.From <= last && p.To >= first && (staff != null || p.DecidedOn != null))
            .OrderBy(p => p.From).ToListAsync(cancellationToken);
        entries.AddRange(plans.Select(p => new YearWheelEntry(t["Åtgärdsplan"], YearWheelTracks.Plan, p.Title, p.From, p.To,
            managesPlan ? $"/admin/plans/{p.Id}" : p.DecidedOn is null ? null : "/atgardsplan",
            p.DecidedOn is { } decided ? t["Beslutad {0}.", Day(decided)] : t["Utkast, inte beslutad."])));

        var planIds = plans.Select(p => p.Id).ToList();
        var periods = await db.Periods.AsNoTracking()
            .Where(p => planIds.Contains(p.PlanId) && p.From <= last && p.To >= first)
            .OrderBy(p => p.From).ToListAsync(cancellationToken);
        foreach (var period in periods)
        {
            var plan = $"/admin/plans/{period.PlanId}";
            entries.Add(new(t["Uppföljningsperioder"], YearWheelTracks.FollowUpPeriods, period.Name, period.From, period.To,
                managesPlan ? $"{plan}/reports-due?period={period.Id}" : null,
                t["Ansvariga organ rapporterar senast {0}.", Day(period.To)]));
            // The report to kommunfullmäktige is made for a follow-up period, when it ends.
            if (period.To <= last)
            {
                entries.Add(new(t["Rapport till kommunfullmäktige"], YearWheelTracks.CouncilReports, t["Rapport för {0}", period.Name], period.To, period.To,
                    managesPlan ? $"{plan}/kf-report?period={period.Id}" : null,
                    t["Underlaget tas fram när {0} slutar.", period.Name]));
            }
        }

        return entries;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
