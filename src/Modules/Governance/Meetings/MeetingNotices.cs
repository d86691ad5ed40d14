using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Site;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>When a kallelse is published: a notice to every current member of the forum who has an account (with the
/// link to the full agenda in the members' area), and a mail to the citizens who follow the forum's meetings (with the
/// public page). Both go through the outbox, so a mail server that is down delays them and loses none.</summary>
internal sealed class MeetingNotices(
    GovernanceDbContext db, IStaffDirectory staff, IOutgoingMail mail, IPublicChangeNotifications citizens, TimeProvider clock, IPublicOrigin publicOrigin)
{
    /// <summary>Mail needs absolute links, on the site's one public origin (also when the scheduler sends).</summary>
    private string Origin => publicOrigin.Current;

    public async Task<int> KallelsePublishedAsync(Meeting meeting, Forum forum, CancellationToken cancellationToken)
    {
        var when = MeetingTimes.Describe(meeting);
        var today = SwedishTime.Today(clock);
        var userIds = await db.Memberships.AsNoTracking()
            .Where(m => m.ForumId == forum.Id && m.UserId != null && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => m.UserId!).Distinct().ToListAsync(cancellationToken);
        var accounts = userIds.Count == 0 ? [] : await staff.FindByIdsAsync(userIds, cancellationToken);
        foreach (var account in accounts.Where(a => !string.IsNullOrWhiteSpace(a.Email)))
        {
            await mail.EnqueueAsync(new OutgoingMessage(
                account.Email,
                $"Kallelse: {forum.Name} {when}",
                $"Du kallas till {forum.Name} {when}{(string.IsNullOrWhiteSpace(meeting.Place) ? "" : ", " + meeting.Place)}.\n\n" +
                $"Föredragningslistan med handlingar finns i medlemsytan: {Origin}/admin/mina-forum/sammantraden/{meeting.Id}\n"), cancellationToken);
        }

        await citizens.PublishedAsync(GovernanceSubscriptionTopics.KeyOf(forum), $"Kallelse: {forum.Name} {when}", $"/sammantraden/{meeting.Id}", cancellationToken);
        return accounts.Count;
    }
}

/// <summary>Citizens may follow a forum's meetings ("forum/{slug}"): every forum and its meeting pages are public.</summary>
internal sealed class GovernanceSubscriptionTopics(GovernanceDbContext db) : ISubscriptionTopics
{
    private const string Prefix = "forum/";

    public static string KeyOf(Forum forum) => Prefix + forum.Slug;

    public async Task<SubscriptionTopic?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slug = key[Prefix.Length..];
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Slug == slug, cancellationToken);
        return forum is null ? null : Topic(forum);
    }

    public async Task<IReadOnlyList<SubscriptionTopic>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken)).Select(Topic).ToList();

    private static SubscriptionTopic Topic(Forum forum) => new(KeyOf(forum), $"Sammanträden i {forum.Name}");
}
