namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>A citizen's subscription: the address, the topic, the hash of its confirmation link and when things
/// happened; nothing else is kept. The unsubscribe link needs no stored token: it is the subscription's id protected
/// by the portal's Data Protection keys (see <see cref="UnsubscribeLinks"/>). Mail goes only to confirmed subscriptions (double opt-in).</summary>
internal sealed class Subscription
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Trimmed and lower-cased, so one address has one subscription per topic.</summary>
    public string Email { get; set; } = string.Empty;

    public string Topic { get; set; } = string.Empty;

    /// <summary>SHA-256 of the confirmation link's token; null once confirmed.</summary>
    public string? ConfirmTokenHash { get; set; }

    public DateTime? ConfirmExpiresUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the latest confirmation mail was asked for: a repeat within a minute sends none.</summary>
    public DateTime RequestedUtc { get; set; }
}

/// <summary>A request to remove every subscription of an address, confirmed by a link mailed to it (so nobody
/// can remove someone else's subscriptions).</summary>
internal sealed class RemovalRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Email { get; set; } = string.Empty;

    public string TokenHash { get; set; } = string.Empty;

    public DateTime ExpiresUtc { get; set; }

    public DateTime CreatedUtc { get; set; }
}
