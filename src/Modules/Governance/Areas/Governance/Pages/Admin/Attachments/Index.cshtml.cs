using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>An agenda item's attachments: the list, and uploading one more (checked for type and size).</summary>
[RequirePermission(Permissions.Names.ManageMeetings)]
[RequestSizeLimit(200 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 200 * 1024 * 1024)]
internal sealed class AttachmentsModel(GovernanceDbContext db, AttachmentStore store, TimeProvider clock, IPublicCache cache, IStringLocalizer<AttachmentsModel> t) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public Forum Forum { get; private set; } = null!;

    public AgendaItem Item { get; private set; } = null!;

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public string MaxSize => AttachmentText.Size(store.MaxBytes);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        await LoadAsync(id, itemId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, itemId, cancellationToken))
        {
            return NotFound();
        }

        if (file is null)
        {
            ModelState.AddModelError("file", t["Välj en fil att bifoga."]);
            return Page();
        }

        // Read once: what is checked is exactly what is stored.
        var content = file.Length <= store.MaxBytes ? await ReadAsync(file, cancellationToken) : [];
        var name = AttachmentRules.CleanName(file.FileName);
        var (contentType, problem) = AttachmentRules.Check(file.FileName, file.Length, content, store.MaxBytes);
        if (problem is not null)
        {
            ModelState.AddModelError("file", t["Filen {0} {1}.", name, problem]);
            return Page();
        }

        var attachment = new Attachment
        {
            MeetingId = id,
            AgendaItemId = itemId,
            FileName = name,
            ContentType = contentType!,
            Size = file.Length,
            UploadedBy = User.Identity?.Name ?? "okänd",
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        using (var stream = new MemoryStream(content, writable: false))
        {
            attachment.Sha256 = await store.SaveAsync(attachment.Id, stream, cancellationToken);
        }

        db.Attachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(PublicCacheTags.Meetings, cancellationToken);
        TempData["Status"] = t["{0} är bifogad.", name].Value;
        return Redirect($"/admin/meetings/{id}/items/{itemId}/bilagor");
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task<bool> LoadAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (await db.FindWithForumAsync(id, cancellationToken) is not { } found || found.Meeting.Items.Find(i => i.Id == itemId) is not { } item)
        {
            return false;
        }

        (Meeting, Forum) = found;
        Item = item;
        Attachments = await db.Attachments.AsNoTracking().Where(a => a.MeetingId == id && a.AgendaItemId == itemId)
            .OrderBy(a => a.UploadedUtc).ToListAsync(cancellationToken);
        return true;
    }
}
