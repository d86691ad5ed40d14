using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Mail;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Citizens may follow a public measure ("atgard/{slug}"): they are mailed when its progress is reported.
/// Only measures <see cref="PlanQueries.PublicMeasures"/> shows are topics, so an Intern measure cannot be probed.</summary>
internal sealed class MeasureSubscriptionTopics(FollowUpDbContext db) : ISubscriptionTopics
{
    private const string Prefix = "atgard/";

    public static string KeyOf(string measureSlug) => Prefix + measureSlug;

    public async Task<SubscriptionTopic?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slug = key[Prefix.Length..];
        var title = await db.PublicMeasures().Where(m => m.Slug == slug).Select(m => m.Title).SingleOrDefaultAsync(cancellationToken);
        return title is null ? null : new SubscriptionTopic(key, $"Åtgärden {title}");
    }

    /// <summary>None listed: a plan has many measures, so each measure's page offers its own subscription.</summary>
    public Task<IReadOnlyList<SubscriptionTopic>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SubscriptionTopic>>([]);

    /// <summary>Tells the measure's followers about a new progress report, when the measure is public.</summary>
    public static async Task NotifyReportedAsync(FollowUpDbContext db, IPublicChangeNotifications notifications, Measure measure, CancellationToken cancellationToken)
    {
        if (await db.PublicMeasures().AnyAsync(m => m.Id == measure.Id, cancellationToken))
        {
            await notifications.PublishedAsync(KeyOf(measure.Slug), $"Ny lägesrapport för {measure.Title}", $"/atgardsplan/{measure.Slug}", cancellationToken);
        }
    }
}
