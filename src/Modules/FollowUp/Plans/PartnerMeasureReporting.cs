using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>The partner API's reporting: saved through <see cref="ProgressReporting"/>, the back office's report page's
/// own code path (timeline entry, roll-up, version check, the followers' mail, cache eviction), with the scope fixed to the one responsible
/// body the partner system belongs to instead of the signed-in person's reporter listings.</summary>
internal sealed class PartnerMeasureReporting(FollowUpDbContext db, ProgressReporting reporting, TimeProvider clock)
    : IPartnerMeasureReporting
{
    public const int MaxTextLength = 4000;

    public async Task<IReadOnlyList<PartnerMeasure>> MeasuresOfAsync(string organisation, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.Measures.AsNoTracking()
                          join b in db.ResponsibleBodies on m.ResponsibleBodyId equals b.Id
                          join p in db.Plans on m.PlanId equals p.Id
                          join s in db.Statuses on m.StatusId equals s.Id
                          where b.Slug == organisation
                          select new PartnerMeasure(m.Id, m.Slug, m.Title, p.Title, s.Key, s.Name, m.Progress, m.LastReportedOn))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.Plan, StringComparer.Ordinal).ThenBy(m => m.Title, StringComparer.CurrentCulture)];
    }

    public async Task<PartnerReportResult> ReportAsync(string organisation, string measureSlug, PartnerProgressReport report, CancellationToken cancellationToken)
    {
        var body = await db.ResponsibleBodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == organisation, cancellationToken);
        var measure = body is null ? null : await db.Measures.SingleOrDefaultAsync(m => m.Slug == measureSlug && m.ResponsibleBodyId == body.Id, cancellationToken);
        if (measure is null)
        {
            return PartnerReportResult.Of(PartnerReportOutcome.NotFound);
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var status = await db.Statuses.AsNoTracking().SingleOrDefaultAsync(s => s.Key == report.Status, cancellationToken);
        if (status is null)
        {
            var keys = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Key).ToListAsync(cancellationToken);
            problems["status"] = $"Okänd status. Använd någon av: {string.Join(", ", keys)}.";
        }

        if (report.Date > SwedishTime.Today(clock).AddDays(1))
        {
            problems["date"] = "Datum kan inte ligga i framtiden.";
        }

        if (report.Progress is < 0 or > 100)
        {
            problems["progress"] = "Framsteg måste vara mellan 0 och 100.";
        }

        if (string.IsNullOrWhiteSpace(report.Text) || report.Text.Length > MaxTextLength)
        {
            problems["text"] = $"Ange vad som har hänt (högst {MaxTextLength} tecken).";
        }

        if (problems.Count > 0)
        {
            return new PartnerReportResult(PartnerReportOutcome.Invalid, problems);
        }

        var progress = report.Progress ?? status!.DefaultProgress ?? measure.Progress;
        var saved = await reporting.SaveAsync(measure, new ProgressReport(report.Date, status!, progress, report.Text, report.Author), cancellationToken,
            "reported progress through the partner API");
        if (!saved)
        {
            return PartnerReportResult.Of(PartnerReportOutcome.Conflict);
        }

        return PartnerReportResult.Of(PartnerReportOutcome.Saved);
    }
}
