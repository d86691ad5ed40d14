using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Publishing;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>What a validated progress report says: when, which status, how far, what happened, and who wrote it.</summary>
internal sealed record ProgressReport(DateOnly Date, MeasureStatus Status, int Progress, string Text, string? Author);

/// <summary>Saving a progress report, the one code path for every way a report arrives (the back office's report
/// page and the partner API): the timeline entry, the measure's status and progress, the parents' roll-up, the mail
/// to the measure's confirmed followers (outbox rows in the same transaction, so no mail for a report that was not
/// saved) and the publication event (the audit row; the public pages that show measures are evicted after the commit).
/// The caller has loaded the measure tracked and set the version it expects.</summary>
internal sealed class ProgressReporting(FollowUpDbContext db, MeasureEditor editor, TimeProvider clock, UnitOfWork work,
    IPublicChangeNotifications notifications)
{
    public const string ReportedAction = "rapporterade framsteg på åtgärden";

    /// <summary>False when someone else changed the measure since the caller's version; nothing is saved then.</summary>
    /// <param name="action">How the audit names it (the partner API says it came through the API).</param>
    public async Task<bool> SaveAsync(Measure measure, ProgressReport report, CancellationToken cancellationToken, string action = ReportedAction)
    {
        db.ProgressUpdates.Add(new ProgressUpdate
        {
            MeasureId = measure.Id,
            Date = report.Date,
            StatusId = report.Status.Id,
            Progress = report.Progress,
            Text = report.Text.Trim(),
            Author = report.Author,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        measure.StatusId = report.Status.Id;
        measure.Progress = report.Progress;
        measure.LastReportedOn = measure.LastReportedOn is { } last && last > report.Date ? last : report.Date;
        try
        {
            await work.RunAsync(async c =>
            {
                await editor.RollUpAsync(measure, measure.ParentId, c);
                await db.SaveChangesAsync(c);
                await MeasureSubscriptionTopics.NotifyReportedAsync(db, notifications, measure, c);
                await work.RaiseAsync(new PublicationEvent(FollowUpCacheTags.Measures, PublicationChange.Published, action,
                    $"åtgärd {measure.Slug}: {report.Status.Key} {report.Progress} % den {report.Date:yyyy-MM-dd}", report.Author), c);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        return true;
    }
}
