using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Mail;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>What a validated progress report says: when, which status, how far, what happened, and who wrote it.</summary>
internal sealed record ProgressReport(DateOnly Date, MeasureStatus Status, int Progress, string Text, string? Author);

/// <summary>Saving a progress report, the one code path for every way a report arrives (the back office's report
/// page and the partner API): the timeline entry, the measure's status and progress, the parents' roll-up, the mail
/// to the measure's confirmed followers (outbox rows in the same transaction, so no mail for a report that was not
/// saved) and the public cache. The caller has loaded the measure tracked and set the version it expects.</summary>
internal sealed class ProgressReporting(FollowUpDbContext db, MeasureEditor editor, IPublicCache cache, TimeProvider clock,
    PortalConnection connection, IPublicChangeNotifications notifications)
{
    /// <summary>False when someone else changed the measure since the caller's version; nothing is saved then.</summary>
    public async Task<bool> SaveAsync(Measure measure, ProgressReport report, CancellationToken cancellationToken)
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
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        try
        {
            await editor.RollUpAsync(measure, measure.ParentId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await MeasureSubscriptionTopics.NotifyReportedAsync(db, notifications, measure, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        await cache.EvictAsync(FollowUpCacheTags.Measures, cancellationToken);
        return true;
    }
}
