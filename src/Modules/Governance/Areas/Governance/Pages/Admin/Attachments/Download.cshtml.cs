using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>Any attachment, for those who prepare meetings.</summary>
[RequirePermission(Permissions.Names.ManageMeetings)]
internal sealed class AttachmentDownloadModel(GovernanceDbContext db, AttachmentStore store, IAuditTrail audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await AttachmentDownload.FindAsync(db, id, attachmentId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        // Public attachments are public anyway; a download of anything else is access to classified material.
        if (!AttachmentAccess.IsPublic(found.Meeting, found.Attachment))
        {
            await audit.RecordAsync(new AuditEvent(AuditCategories.ClassifiedAccess, "laddade ner bilaga i administrationen", AttachmentDownload.Subject(found.Meeting, found.Attachment)), cancellationToken);
        }

        return await AttachmentDownload.ServeAsync(store, found.Attachment, cancellationToken);
    }
}
