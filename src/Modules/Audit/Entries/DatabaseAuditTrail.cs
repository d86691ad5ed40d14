using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Audit.Data;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Audit.Entries;

/// <summary>Stores each event as a row. It joins a transaction already open on the scope's connection (a recipe,
/// a role edit), so an event of work that is rolled back is rolled back with it: the log never claims what did
/// not happen.</summary>
internal sealed class DatabaseAuditTrail(AuditDbContext db, PortalConnection connection, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    public const string System = "system";

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var context = http.HttpContext;
        if (connection.Transaction is { } open && db.Database.CurrentTransaction is null)
        {
            await db.Database.UseTransactionAsync(open, cancellationToken);
        }

        var actor = auditEvent.Actor ?? context?.User.Identity?.Name ?? (context is null ? System : "anonym");
        db.Entries.Add(new AuditEntry
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Category = Clip(auditEvent.Category, AuditDbContext.CategoryLength)!,
            Action = Clip(auditEvent.Action, AuditDbContext.ActionLength)!,
            Subject = Clip(auditEvent.Subject, AuditDbContext.SubjectLength),
            Actor = Clip(actor, AuditDbContext.ActorLength)!,
            RemoteAddress = Clip(auditEvent.RemoteAddress ?? context?.Connection.RemoteIpAddress?.ToString(), AuditDbContext.AddressLength),
            Succeeded = auditEvent.Succeeded,
        });
        await db.SaveChangesAsync(cancellationToken);
        // The scope may record many events; none of them is ever read back through this context.
        db.ChangeTracker.Clear();
    }

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
