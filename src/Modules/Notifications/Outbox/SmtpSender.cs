using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Trygghet.Modules.Notifications.Outbox;

/// <summary>Sends one outbox message over SMTP with MailKit, through one pipeline shared by the process: an outer
/// retry (exponential backoff with jitter) for brief glitches, a circuit breaker so a server that is down is left
/// alone for a while instead of being hammered by every message, and a timeout on each try. Returning normally
/// means the server accepted the message (MailKit's SendAsync returns after the server's 250 to DATA).</summary>
internal sealed class SmtpSender
{
    private readonly SmtpOptions _smtp;
    private readonly ResiliencePipeline _pipeline;

    public SmtpSender(IOptions<NotificationOptions> options, TimeProvider clock)
    {
        _smtp = options.Value.Smtp;
        var pipeline = options.Value.Pipeline;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = Math.Max(0, pipeline.Retries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = pipeline.RetryDelay,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                FailureRatio = pipeline.FailureRatio,
                MinimumThroughput = Math.Max(2, pipeline.MinimumThroughput),
                // Polly refuses windows under half a second.
                SamplingDuration = Max(pipeline.SamplingDuration, TimeSpan.FromMilliseconds(500)),
                BreakDuration = Max(pipeline.BreakDuration, TimeSpan.FromMilliseconds(500)),
            })
            .AddTimeout(pipeline.Timeout)
            .Build();
    }

    public bool IsConfigured => _smtp.IsConfigured;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var mime = Compose(message, _smtp);
        var tried = false;
        try
        {
            await _pipeline.ExecuteAsync(async token =>
            {
                tried = true;
                using var client = new SmtpClient();
                await client.ConnectAsync(_smtp.Host!, _smtp.Port, _smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, token);
                if (!string.IsNullOrEmpty(_smtp.UserName))
                {
                    await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? string.Empty, token);
                }

                await client.SendAsync(mime, token);
                await client.DisconnectAsync(quit: true, token);
            }, cancellationToken);
        }
        catch (BrokenCircuitException broken) when (tried)
        {
            // The server was tried and failed, then the circuit opened before the retry: that is a failed attempt,
            // not a message that never got its turn (only those may wait without using up an attempt).
            throw new IOException("SMTP-servern svarade inte; kretsbrytaren öppnades.", broken);
        }
    }

    /// <summary>A 5xx answer (no such mailbox, refused sender) will not change by trying again; everything else
    /// (refused connection, timeout, 4xx, a dropped line) may.</summary>
    public static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 } or ParseException or ArgumentException;

    private static bool IsTransient(Exception exception) =>
        exception is TimeoutRejectedException || (!IsPermanent(exception) && exception is not (BrokenCircuitException or OperationCanceledException));

    /// <summary>The MIME message: text always, HTML when given, a Message-Id made from the row's id (the same on
    /// every try, so a receiving server or a test can tell a repeat), and RFC 8058 one-click unsubscribe headers.</summary>
    internal static MimeMessage Compose(OutboxMessage message, SmtpOptions smtp)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(smtp.FromName ?? string.Empty, smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        var domain = smtp.From.Contains('@', StringComparison.Ordinal) ? smtp.From[(smtp.From.LastIndexOf('@') + 1)..] : "localhost";
        mime.MessageId = $"{message.Id:N}@{domain}";
        mime.Date = new DateTimeOffset(message.CreatedUtc, TimeSpan.Zero);
        if (!string.IsNullOrEmpty(message.UnsubscribeUrl))
        {
            mime.Headers.Add("List-Unsubscribe", $"<{message.UnsubscribeUrl}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
