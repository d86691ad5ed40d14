using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages;

/// <summary>A public attachment: one of an Offentlig item of a published kallelse. Anything else is 404.</summary>
[AllowAnonymous]
internal sealed class AttachmentModel(GovernanceDbContext db, AttachmentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        await AttachmentDownload.FindAsync(db, id, attachmentId, cancellationToken) is { } found && AttachmentAccess.IsPublic(found.Meeting, found.Attachment)
            ? await AttachmentDownload.ServeAsync(store, found.Attachment, cancellationToken)
            : NotFound();
}
