using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>An attachment for the forum's own members, as far as their membership may read its item.</summary>
internal sealed class MyForumAttachmentModel(GovernanceDbContext db, AttachmentStore store, TimeProvider clock, IAuditTrail audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await AttachmentDownload.FindAsync(db, id, attachmentId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var membership = await db.MembershipOfAsync(User, found.Meeting.ForumId, SwedishTime.Today(clock), cancellationToken);
        if (membership is null || !AttachmentAccess.MemberMayRead(found.Meeting, found.Attachment, membership))
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.ClassifiedAccess, "laddade ner bilaga som ledamot", AttachmentDownload.Subject(found.Meeting, found.Attachment)), cancellationToken);
        return await AttachmentDownload.ServeAsync(store, found.Attachment, cancellationToken);
    }
}
