using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Portal.Core.Mail;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>The citizen's side: subscribe (double opt-in), confirm, unsubscribe, and have everything about an
/// address removed. Every answer a page shows is the same whether or not the address is known, so the pages do not
/// tell anyone who subscribes to what.</summary>
internal sealed class SubscriptionWork(
    NotificationsDbContext db,
    OutboxMail mail,
    IEnumerable<ISubscriptionTopics> topicSources,
    UnsubscribeLinks unsubscribeLinks,
    SiteLinks links,
    IOptions<NotificationOptions> options,
    TimeProvider clock)
{
    public const string ConfirmPath = "/prenumerera/bekrafta/";
    public const string UnsubscribePath = "/prenumerera/avsluta/";
    public const string RemovePath = "/prenumerera/radera/";

    /// <summary>The topic, asked of the module that owns it; null when no module knows it as public material.</summary>
    public async Task<SubscriptionTopic?> FindTopicAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > NotificationsDbContext.TopicLength)
        {
            return null;
        }

        foreach (var source in topicSources)
        {
            if (await source.FindAsync(key, cancellationToken) is { } topic)
            {
                return topic;
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<SubscriptionTopic>> TopicsAsync(CancellationToken cancellationToken)
    {
        var all = new List<SubscriptionTopic>();
        foreach (var source in topicSources)
        {
            all.AddRange(await source.ListAsync(cancellationToken));
        }

        return all;
    }

    /// <summary>Records an unconfirmed subscription and mails the confirmation link. Nothing is sent for an address
    /// that already is confirmed for the topic, nor again within a minute of the last request.</summary>
    public async Task SubscribeAsync(string email, SubscriptionTopic topic, CancellationToken cancellationToken)
    {
        var now = Now();
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Email == email && s.Topic == topic.Key, cancellationToken);
        if (subscription is { ConfirmedUtc: not null } || (subscription is not null && subscription.RequestedUtc > now.AddMinutes(-1)))
        {
            return;
        }

        if (subscription is null)
        {
            subscription = new Subscription { Email = email, Topic = topic.Key, CreatedUtc = now };
            db.Subscriptions.Add(subscription);
        }

        var token = SubscriptionTokens.NewToken();
        subscription.ConfirmTokenHash = SubscriptionTokens.Hash(token);
        subscription.ConfirmExpiresUtc = now + options.Value.LinkLifetime;
        subscription.RequestedUtc = now;
        await db.SaveChangesAsync(cancellationToken);

        var link = links.Absolute(ConfirmPath + token);
        await mail.EnqueueAsync(new OutgoingMessage(email, $"Bekräfta din prenumeration: {topic.Title}",
            $"""
            Hej!

            Någon, förhoppningsvis du, vill få e-post från oss om: {topic.Title}.
            Öppna länken för att bekräfta prenumerationen:

            {link}

            Länken gäller till {subscription.ConfirmExpiresUtc:yyyy-MM-dd HH:mm} (UTC). Om du inte bett om det här behöver du inte göra något: utan bekräftelse skickar vi inget mer.
            """), subscription.Id, cancellationToken);
    }

    /// <summary>The unconfirmed subscription a confirmation link belongs to, if the link still works.</summary>
    public async Task<Subscription?> FindPendingAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = SubscriptionTokens.Hash(token);
        var now = Now();
        return await db.Subscriptions.SingleOrDefaultAsync(s => s.ConfirmTokenHash == hash && s.ConfirmedUtc == null && s.ConfirmExpiresUtc > now, cancellationToken);
    }

    public async Task ConfirmAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        subscription.ConfirmedUtc = Now();
        subscription.ConfirmTokenHash = null;
        subscription.ConfirmExpiresUtc = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Subscription?> FindByUnsubscribeTokenAsync(string? token, CancellationToken cancellationToken) =>
        unsubscribeLinks.Read(token) is { } id ? await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;

    /// <summary>Deletes the subscription and whatever mail of it still waits.</summary>
    public async Task UnsubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await db.Messages.Where(m => m.SubscriptionId == subscription.Id && m.State != OutboxState.Sent && m.State != OutboxState.Sending).ExecuteDeleteAsync(cancellationToken);
        db.Subscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Mails a removal link when the address has anything stored; says nothing either way.</summary>
    public async Task RequestRemovalAsync(string email, CancellationToken cancellationToken)
    {
        var now = Now();
        var known = await db.Subscriptions.AnyAsync(s => s.Email == email, cancellationToken)
                    || await db.Messages.AnyAsync(m => m.To == email && m.SubscriptionId != null, cancellationToken);
        if (!known || await db.Removals.AnyAsync(r => r.Email == email && r.CreatedUtc > now.AddMinutes(-1), cancellationToken))
        {
            return;
        }

        var token = SubscriptionTokens.NewToken();
        var removal = new RemovalRequest { Email = email, TokenHash = SubscriptionTokens.Hash(token), CreatedUtc = now, ExpiresUtc = now + options.Value.LinkLifetime };
        db.Removals.Add(removal);
        await db.SaveChangesAsync(cancellationToken);
        var link = links.Absolute(RemovePath + token);
        await mail.EnqueueAsync(new OutgoingMessage(email, "Ta bort dina prenumerationer",
            $"""
            Hej!

            Någon, förhoppningsvis du, har bett oss ta bort allt vi har sparat om den här e-postadressen: dess prenumerationer och e-post som ännu inte skickats.
            Öppna länken och bekräfta:

            {link}

            Om du inte bett om det här behöver du inte göra något.
            """), null, cancellationToken);
    }

    public async Task<RemovalRequest?> FindRemovalAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = SubscriptionTokens.Hash(token);
        var now = Now();
        return await db.Removals.AsNoTracking().SingleOrDefaultAsync(r => r.TokenHash == hash && r.ExpiresUtc > now, cancellationToken);
    }

    /// <summary>Deletes every subscription of the address, every message to it that has not been sent (the
    /// removal mail itself included, it has done its work) and every removal request of it: nothing of it is left
    /// but the sent mail's rows, which are deleted too.</summary>
    public async Task RemoveEverythingAsync(string email, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Messages.Where(m => m.To == email && m.State != OutboxState.Sending).ExecuteDeleteAsync(cancellationToken);
        await db.Subscriptions.Where(s => s.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Removals.Where(r => r.Email == email).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public string UnsubscribeUrl(Guid subscriptionId) => links.Absolute(UnsubscribePath + unsubscribeLinks.TokenFor(subscriptionId));

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
