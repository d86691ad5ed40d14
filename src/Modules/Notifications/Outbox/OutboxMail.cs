using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Mail;

namespace Trygghet.Modules.Notifications.Outbox;

/// <summary>Puts each message in the outbox; <see cref="DeliveryService"/> sends it. When the caller has a
/// transaction open on the scope's connection (accepting an invitation, a recipe) the row joins it, so a mail about
/// work that is rolled back is rolled back with it; otherwise it is saved at once.</summary>
internal sealed class OutboxMail(NotificationsDbContext db, PortalConnection connection, TimeProvider clock) : IOutgoingMail
{
    public Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default) =>
        EnqueueAsync(message, null, cancellationToken);

    public async Task EnqueueAsync(OutgoingMessage message, Guid? subscriptionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // A completed transaction has no connection any more.
        if (connection.Transaction is { Connection: not null } open && db.Database.CurrentTransaction is null)
        {
            await db.Database.UseTransactionAsync(open, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            To = message.To.Trim(),
            Subject = Clip(message.Subject, NotificationsDbContext.SubjectLength),
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            UnsubscribeUrl = message.UnsubscribeUrl,
            SubscriptionId = subscriptionId,
            CreatedUtc = now,
            NextAttemptUtc = now,
            State = OutboxState.Queued,
        };
        db.Messages.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        // The scope may enqueue many; none is read back through this context (which the caller may still use).
        db.Entry(row).State = EntityState.Detached;
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
