using Microsoft.AspNetCore.Authorization;
using Trygghet.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Files;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

/// <summary>The spaces the signed-in person may enter. Signed in only: the fallback policy requires it.</summary>
[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpacesOverviewModel(SpaceAccess access) : PageModel
{
    public IReadOnlyList<Space> Spaces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Spaces = await access.SpacesOfAsync(User, cancellationToken);
}

[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpaceHomeModel(SpaceAccess access, PartnersDbContext db, IForumDirectory forums, IForumMaterial material, IPartnerSituation situation) : SpacePage(access)
{
    /// <summary>The lägesbild's parts classified for partners (Intern), for the space's members only.</summary>
    public PartnerSituationReport? Situation { get; private set; }

    public IReadOnlyList<ForumMeetingMaterial> Meetings { get; private set; } = [];

    public string ForumName { get; private set; } = string.Empty;

    public IReadOnlyList<SpaceDocument> Documents { get; private set; } = [];

    public IReadOnlyList<DiscussionThread> Threads { get; private set; } = [];

    public IReadOnlyList<ReportBack> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        ForumName = (await forums.ListAsync(cancellationToken)).FirstOrDefault(f => f.Slug == Space.ForumSlug)?.Name ?? Space.ForumSlug;
        Meetings = await material.ForPartnersAsync(Space.ForumSlug, 6, cancellationToken);
        Situation = await situation.LatestForPartnersAsync(cancellationToken);
        Documents = await db.Documents.AsNoTracking().Where(d => d.SpaceId == Space.Id).OrderByDescending(d => d.UploadedUtc).ThenBy(d => d.Title).ToListAsync(cancellationToken);
        Threads = await db.Threads.AsNoTracking().Where(t => t.SpaceId == Space.Id).OrderByDescending(t => t.LastPostUtc).ThenBy(t => t.Title).Take(50).ToListAsync(cancellationToken);
        Reports = await db.ReportBacks.AsNoTracking().Where(r => r.SpaceId == Space.Id).OrderByDescending(r => r.ReportedUtc).Take(50).ToListAsync(cancellationToken);
        return Page();
    }
}

/// <summary>A members-only document: 404 for anyone outside the space and for any id not in this space (a
/// guessed URL confirms nothing); always a download with the content type checked at upload, never rendered
/// inline; every download audited.</summary>
[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpaceDocumentModel(SpaceAccess access, PartnersDbContext db, DocumentStore store, IAuditTrail audit) : SpacePage(access)
{
    public async Task<IActionResult> OnGetAsync(string slug, Guid documentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.SpaceId == Space.Id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.ClassifiedAccess, $"laddade ner dokument ur {Space.Name} som {SpaceText.Role(Visit.Role)}",
            $"dokument {document.Id} i samverkansytan {Space.Slug}"), cancellationToken);
        // Opened last: the database file store reads it from an open result of the scope's connection.
        return await store.OpenReadAsync(document.Id, cancellationToken) is { } content
            ? new FileStreamResult(content, document.ContentType) { FileDownloadName = document.FileName }
            : NotFound();
    }
}

/// <summary>An attachment of the space's forum's meeting (through Governance's <see cref="IForumMaterial"/>): the
/// space membership is checked first, so an outsider learns nothing; Governance then serves only an Offentlig or
/// Intern item's attachment of a published meeting of that very forum, never a Sekretess one. Always a download,
/// always audited.</summary>
[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpaceMeetingAttachmentModel(SpaceAccess access, IForumMaterial material, IFileStore files, IAuditTrail audit) : SpacePage(access)
{
    public async Task<IActionResult> OnGetAsync(string slug, Guid meetingId, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken)
            || await material.AttachmentForPartnersAsync(Space.ForumSlug, meetingId, attachmentId, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.ClassifiedAccess, $"laddade ner bilaga ur {Space.Name} som {SpaceText.Role(Visit.Role)}",
            $"{file.AuditSubject} i samverkansytan {Space.Slug}"), cancellationToken);
        return await files.OpenReadAsync(file.StorePath, cancellationToken) is { } content
            ? new FileStreamResult(content, file.ContentType) { FileDownloadName = file.FileName }
            : NotFound();
    }
}
