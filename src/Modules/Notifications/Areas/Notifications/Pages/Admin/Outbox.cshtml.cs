using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Modules.Notifications.Subscriptions;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>The mail that has not gone out: waiting (Queued, Sending) and given up (Dead), recipients masked since the
/// list is about delivery, not about who gets mail. A dead message can be put back in the queue; that is audited.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class OutboxModel(NotificationsDbContext db, IAuditTrail audit, TimeProvider clock, IStringLocalizer<OutboxModel> t) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<OutboxMessage> Waiting { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> Dead { get; private set; } = [];

    public int SentCount { get; private set; }

    /// <summary>All that wait and all that died; the tables show at most <see cref="Shown"/> of each.</summary>
    public int WaitingCount { get; private set; }

    public int DeadCount { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waiting = await db.Messages.AsNoTracking().Where(m => m.State == OutboxState.Queued || m.State == OutboxState.Sending)
            .OrderBy(m => m.NextAttemptUtc).Take(Shown).ToListAsync(cancellationToken);
        Dead = await db.Messages.AsNoTracking().Where(m => m.State == OutboxState.Dead)
            .OrderByDescending(m => m.NextAttemptUtc).Take(Shown).ToListAsync(cancellationToken);
        SentCount = await db.Messages.CountAsync(m => m.State == OutboxState.Sent, cancellationToken);
        WaitingCount = Waiting.Count < Shown ? Waiting.Count
            : await db.Messages.CountAsync(m => m.State == OutboxState.Queued || m.State == OutboxState.Sending, cancellationToken);
        DeadCount = Dead.Count < Shown ? Dead.Count : await db.Messages.CountAsync(m => m.State == OutboxState.Dead, cancellationToken);
    }

    /// <summary>Back in the queue with its attempts reset, due now.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Messages.Where(m => m.Id == id && m.State == OutboxState.Dead)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.State, OutboxState.Queued)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptUtc, now), cancellationToken);
        if (changed == 0)
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Mail, "skickade om e-post som inte gått fram", $"utskick {id}"), cancellationToken);
        Status = t["Meddelandet är tillbaka i kön och skickas inom kort."].Value;
        return Redirect("/admin/utskick");
    }

    public static string Mask(string address) => EmailAddress.Mask(address);
}
