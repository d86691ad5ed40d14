using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Portal.Core.Mail;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>Fan-out: one mail per confirmed subscriber of the topic, each with its own one-click unsubscribe link.
/// Unconfirmed addresses get nothing. The rows join the publisher's transaction when it has one.</summary>
internal sealed class SubscriberNotifications(NotificationsDbContext db, OutboxMail mail, SubscriptionWork work, SiteLinks links, ILogger<SubscriberNotifications> logger)
    : IPublicChangeNotifications
{
    public async Task PublishedAsync(string topicKey, string title, string url, CancellationToken cancellationToken = default)
    {
        var topic = await work.FindTopicAsync(topicKey, cancellationToken);
        if (topic is null)
        {
            logger.LogWarning("No module knows the subscription topic {Topic}; nobody is notified", topicKey);
            return;
        }

        var subscribers = await db.Subscriptions.AsNoTracking()
            .Where(s => s.Topic == topic.Key && s.ConfirmedUtc != null)
            .Select(s => new { s.Id, s.Email })
            .ToListAsync(cancellationToken);
        var page = links.Absolute(url);
        foreach (var subscriber in subscribers)
        {
            var unsubscribe = work.UnsubscribeUrl(subscriber.Id);
            await mail.EnqueueAsync(new OutgoingMessage(subscriber.Email, $"{topic.Title}: {title}",
                $"""
                {title}

                Läs mer: {page}

                Du får det här eftersom du prenumererar på {topic.Title}.
                Avsluta prenumerationen: {unsubscribe}
                """, UnsubscribeUrl: unsubscribe), subscriber.Id, cancellationToken);
        }
    }
}
