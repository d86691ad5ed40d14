using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>Any attachment, for those who prepare meetings.</summary>
[RequirePermission("Governance.ManageMeetings")]
internal sealed class AttachmentDownloadModel(GovernanceDbContext db, AttachmentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        await AttachmentDownload.FindAsync(db, id, attachmentId, cancellationToken) is { } found
            ? AttachmentDownload.Serve(store, found.Attachment)
            : NotFound();
}
