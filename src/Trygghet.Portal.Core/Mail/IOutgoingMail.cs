namespace Trygghet.Portal.Core.Mail;

/// <summary>How modules send e-mail (invitations, meeting notices, subscriptions). The Notifications module
/// puts messages in a persisted outbox and delivers them over SMTP; without it they are written to the log.</summary>
public interface IOutgoingMail
{
    Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default);
}

/// <param name="To">One recipient address.</param>
/// <param name="TextBody">Plain text; always present so every client can read it.</param>
/// <param name="HtmlBody">Optional HTML alternative.</param>
/// <param name="UnsubscribeUrl">For subscription mail: the one-click unsubscribe address (RFC 8058).</param>
public sealed record OutgoingMessage(
    string To,
    string Subject,
    string TextBody,
    string? HtmlBody = null,
    string? UnsubscribeUrl = null);
