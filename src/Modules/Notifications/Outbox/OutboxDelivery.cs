using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Trygghet.Modules.Notifications.Data;

namespace Trygghet.Modules.Notifications.Outbox;

/// <summary>One delivery round: claims due messages and sends them. Several nodes may run rounds at the same time,
/// so a message is claimed by a conditional UPDATE (still Queued and due, or Sending with an expired claim): exactly
/// one node's UPDATE changes the row, on SQLite and on PostgreSQL alike, and only that node sends it. It is marked
/// Sent only after the server accepted it; a node that dies between the two leaves the claim to expire and the
/// message to be sent again (at least once, never lost).</summary>
internal sealed class OutboxDelivery(NotificationsDbContext db, SmtpSender sender, NodeIdentity node, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    /// <summary>Returns how many messages this round sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = Now();
        var due = await db.Messages.AsNoTracking()
            .Where(m => (m.State == OutboxState.Queued && m.NextAttemptUtc <= now) || (m.State == OutboxState.Sending && m.ClaimedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            now = Now();
            var until = now + settings.ClaimDuration;
            var claimed = await db.Messages
                .Where(m => m.Id == id && ((m.State == OutboxState.Queued && m.NextAttemptUtc <= now) || (m.State == OutboxState.Sending && m.ClaimedUntilUtc < now)))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.State, OutboxState.Sending)
                    .SetProperty(m => m.ClaimedBy, node.Id)
                    .SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);
            if (claimed == 0)
            {
                continue; // another node has it, or it changed since it was read
            }

            var message = await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            if (await SendOneAsync(message, settings, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(OutboxMessage message, NotificationOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            // The server was not even tried: the message waits for the circuit, without using up an attempt.
            await ReleaseAsync(message.Id, Now() + settings.Pipeline.BreakDuration, attempts: message.Attempts, OutboxState.Queued, "Kretsbrytaren är öppen: SMTP-servern har nyligen inte svarat.", cancellationToken);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var dead = attempts >= settings.MaxAttempts || SmtpSender.IsPermanent(exception);
            var wait = TimeSpan.FromTicks(Math.Min(settings.RetryMax.Ticks, settings.RetryBase.Ticks * (1L << Math.Min(attempts - 1, 30))));
            logger.LogWarning("Delivery of outbox message {Id} failed (attempt {Attempts}): {Error}", message.Id, attempts, exception.Message);
            await ReleaseAsync(message.Id, Now() + wait, attempts, dead ? OutboxState.Dead : OutboxState.Queued, Describe(exception), cancellationToken);
            return false;
        }

        // CancellationToken.None: the server has the message, so the row must say so even while the host stops.
        await db.Messages.Where(m => m.Id == message.Id && m.ClaimedBy == node.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.State, OutboxState.Sent)
                .SetProperty(m => m.SentUtc, Now())
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
        return true;
    }

    private Task<int> ReleaseAsync(Guid id, DateTime next, int attempts, OutboxState state, string error, CancellationToken cancellationToken) =>
        db.Messages.Where(m => m.Id == id && m.ClaimedBy == node.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.State, state)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);

    /// <summary>The exception's type and message only: MailKit's messages carry the server's answer, never the
    /// credentials, and the stack trace is for the log.</summary>
    private static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= NotificationsDbContext.ErrorLength ? text : text[..NotificationsDbContext.ErrorLength];
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}

/// <summary>Who claims: this process, for as long as it runs.</summary>
internal sealed class NodeIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
