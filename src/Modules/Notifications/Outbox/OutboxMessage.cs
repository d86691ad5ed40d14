namespace Trygghet.Modules.Notifications.Outbox;

/// <summary>One message waiting for, or done with, delivery. A row is claimed by one node at a time
/// (<see cref="ClaimedBy"/> until <see cref="ClaimedUntilUtc"/>), and only marked Sent after the SMTP server
/// accepted it: a crash between the two leaves it to be sent again when the claim expires (at least once, and
/// the Message-Id stays the same so a receiving server can tell).</summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    public string? HtmlBody { get; set; }

    public string? UnsubscribeUrl { get; set; }

    /// <summary>The subscription this mail belongs to, so that data removal can delete what still waits for it.</summary>
    public Guid? SubscriptionId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public OutboxState State { get; set; }

    /// <summary>The last failure's type and message: the SMTP server's answer, never credentials.</summary>
    public string? LastError { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime? SentUtc { get; set; }
}

internal enum OutboxState
{
    Queued = 0,
    Sending = 1,
    Sent = 2,
    Dead = 3,
}
