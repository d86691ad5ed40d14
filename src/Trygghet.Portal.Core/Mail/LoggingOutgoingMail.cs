using Microsoft.Extensions.Logging;

namespace Trygghet.Portal.Core.Mail;

/// <summary>The fallback when the Notifications module is off: the message is logged, not sent.</summary>
internal sealed class LoggingOutgoingMail(ILogger<LoggingOutgoingMail> log) : IOutgoingMail
{
    public Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        log.LogWarning("No mail delivery is configured; message to {To} with subject {Subject} was not sent", message.To, message.Subject);
        return Task.CompletedTask;
    }
}
