using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Trygghet.Portal.Core.Audit;

/// <summary>The fallback when the Audit module is off: one structured "Audit:" log line per event.</summary>
internal sealed class LoggingAuditTrail(ILogger<LoggingAuditTrail> log, IHttpContextAccessor http) : IAuditTrail
{
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        log.LogInformation(
            "Audit: [{Category}] {Actor} {Action} {Subject} from {RemoteAddress} (succeeded: {Succeeded})",
            auditEvent.Category,
            auditEvent.Actor ?? context?.User.Identity?.Name ?? "anonym",
            auditEvent.Action,
            auditEvent.Subject,
            auditEvent.RemoteAddress ?? context?.Connection.RemoteIpAddress?.ToString(),
            auditEvent.Succeeded);
        return Task.CompletedTask;
    }
}
