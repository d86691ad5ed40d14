using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Trygghet.Modules.Content.Data;

namespace Trygghet.Modules.Content.Items;

/// <summary>Publishes and takes down what is scheduled for this minute or earlier. Several web nodes may run this
/// at the same minute, so each item is claimed by a conditional UPDATE (still scheduled for the same minute, and
/// unchanged since it was read): exactly one node's UPDATE changes the row, and only that node audits and evicts.</summary>
internal sealed class ScheduledPublishing(ContentDbContext db, TimeProvider clock, ContentEditor editor, ILogger<ScheduledPublishing> logger)
{
    public const string Actor = "schemaläggaren";

    /// <summary>Runs once for the current minute; returns how many items this instance published or took down.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = ContentEditor.Minute(clock.GetUtcNow().UtcDateTime);
        var done = 0;

        var toPublish = await db.Items.AsNoTracking()
            .Where(i => i.ScheduledPublishUtc != null && i.ScheduledPublishUtc <= now)
            .Select(i => new { i.Id, i.ScheduledPublishUtc, i.Version })
            .ToListAsync(cancellationToken);
        foreach (var due in toPublish)
        {
            var claimed = await db.Items
                .Where(i => i.Id == due.Id && i.ScheduledPublishUtc == due.ScheduledPublishUtc && i.Version == due.Version)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(i => i.ScheduledPublishUtc, (DateTime?)null)
                    .SetProperty(i => i.PublishedVersionId, i => i.LatestVersionId)
                    .SetProperty(i => i.FirstPublishedUtc, i => i.FirstPublishedUtc ?? now)
                    .SetProperty(i => i.PublishedUtc, now)
                    .SetProperty(i => i.PublishedBy, Actor)
                    .SetProperty(i => i.ArchivedUtc, (DateTime?)null)
                    .SetProperty(i => i.Version, Guid.NewGuid()), cancellationToken);
            done += await AfterClaimAsync(claimed, due.Id, "published", cancellationToken);
        }

        var toArchive = await db.Items.AsNoTracking()
            .Where(i => i.ScheduledUnpublishUtc != null && i.ScheduledUnpublishUtc <= now)
            .Select(i => new { i.Id, i.ScheduledUnpublishUtc, i.Version })
            .ToListAsync(cancellationToken);
        foreach (var due in toArchive)
        {
            var claimed = await db.Items
                .Where(i => i.Id == due.Id && i.ScheduledUnpublishUtc == due.ScheduledUnpublishUtc && i.Version == due.Version)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(i => i.ScheduledUnpublishUtc, (DateTime?)null)
                    .SetProperty(i => i.ArchivedUtc, now)
                    .SetProperty(i => i.Version, Guid.NewGuid()), cancellationToken);
            done += await AfterClaimAsync(claimed, due.Id, "archived", cancellationToken);
        }

        return done;
    }

    private async Task<int> AfterClaimAsync(int claimed, Guid id, string action, CancellationToken cancellationToken)
    {
        if (claimed == 0)
        {
            return 0; // another node claimed it, or an editor changed it since it was read: the next minute looks again
        }

        var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
        logger.LogInformation("Scheduled {Action} of {Kind} {Slug}", action, item.Kind, item.Slug);
        await editor.AfterPublishingAsync(item, action, Actor, cancellationToken);
        return 1;
    }
}
