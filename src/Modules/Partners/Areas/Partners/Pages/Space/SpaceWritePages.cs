using Microsoft.AspNetCore.Authorization;
using Trygghet.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

/// <summary>Moderators add documents; the file is checked by its content like every upload (Media's FileKinds).</summary>
[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpaceUploadModel(SpaceAccess access, PartnersDbContext db, DocumentStore store, IAuditTrail audit, TimeProvider clock, IStringLocalizer<SpaceUploadModel> t) : SpacePage(access)
{
    [BindProperty]
    public string? Title { get; set; }

    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        !await EnterAsync(slug, cancellationToken) ? NotFound() : Visit.MayUpload ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(string slug, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (!Visit.MayUpload)
        {
            return Forbid();
        }

        ModelState.Clear();
        if (SpaceRules.CheckTitle(Title) is { } titleProblem)
        {
            ModelState.AddModelError(nameof(Title), t["Rubrik {0}.", titleProblem]);
        }

        string? contentType = null;
        byte[] content = [];
        if (file is null)
        {
            ModelState.AddModelError(nameof(Upload), t["Fil: välj en fil."]);
        }
        else
        {
            // Read once: what is checked is exactly what is stored.
            if (file.Length <= store.MaxBytes)
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }

            var name = DocumentRules.CleanName(file.FileName);
            (contentType, var problem) = DocumentRules.Check(file.FileName, file.Length, content, store.MaxBytes);
            if (problem is not null)
            {
                ModelState.AddModelError(nameof(Upload), t["Filen {0} {1}.", name, problem]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var document = new SpaceDocument
        {
            SpaceId = Space.Id,
            Title = Title!.Trim(),
            FileName = DocumentRules.CleanName(file!.FileName),
            ContentType = contentType!,
            Size = file.Length,
            UploadedBy = AuthorName,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        using (var stream = new MemoryStream(content, writable: false))
        {
            document.Sha256 = await store.SaveAsync(document.Id, stream, cancellationToken);
        }

        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Publishing, $"laddade upp ett dokument till {Space.Name}", $"dokument {document.Id} i samverkansytan {Space.Slug}"), cancellationToken);
        TempData["Status"] = t["Dokumentet {0} är uppladdat.", document.Title].Value;
        return Redirect("/samverkan/" + Space.Slug);
    }
}

[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpaceNewThreadModel(SpaceAccess access, PartnersDbContext db, TimeProvider clock, IStringLocalizer<SpaceNewThreadModel> t) : SpacePage(access)
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        !await EnterAsync(slug, cancellationToken) ? NotFound() : Visit.MayWrite ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (!Visit.MayWrite)
        {
            return Forbid();
        }

        ModelState.Clear();
        if (SpaceRules.CheckTitle(Title) is { } titleProblem)
        {
            ModelState.AddModelError(nameof(Title), t["Rubrik {0}.", titleProblem]);
        }

        if (SpaceRules.CheckBody(Body) is { } bodyProblem)
        {
            ModelState.AddModelError(nameof(Body), t["Inlägg {0}.", bodyProblem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var thread = new DiscussionThread { SpaceId = Space.Id, Title = Title!.Trim(), StartedBy = AuthorName, StartedUtc = now, LastPostUtc = now };
        db.Threads.Add(thread);
        db.Posts.Add(new DiscussionPost { ThreadId = thread.Id, Body = Body!, AuthorName = AuthorName, AuthorUserId = UserId, PostedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/samverkan/{Space.Slug}/trad/{thread.Id}");
    }
}

/// <summary>A thread and its replies; writers reply at the bottom. Replies are Markdown, sanitized when shown.</summary>
[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpaceThreadModel(SpaceAccess access, PartnersDbContext db, TimeProvider clock, IStringLocalizer<SpaceThreadModel> t) : SpacePage(access)
{
    [BindProperty]
    public string? Body { get; set; }

    public DiscussionThread Thread { get; private set; } = null!;

    public IReadOnlyList<DiscussionPost> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, Guid threadId, CancellationToken cancellationToken) =>
        await LoadAsync(slug, threadId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, Guid threadId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, threadId, cancellationToken))
        {
            return NotFound();
        }

        if (!Visit.MayWrite)
        {
            return Forbid();
        }

        ModelState.Clear();
        if (SpaceRules.CheckBody(Body) is { } problem)
        {
            ModelState.AddModelError(nameof(Body), t["Ditt svar {0}.", problem]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Posts.Add(new DiscussionPost { ThreadId = threadId, Body = Body!, AuthorName = AuthorName, AuthorUserId = UserId, PostedUtc = now });
        var thread = await db.Threads.SingleAsync(x => x.Id == threadId, cancellationToken);
        thread.LastPostUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/samverkan/{Space.Slug}/trad/{threadId}");
    }

    private async Task<bool> LoadAsync(string slug, Guid threadId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken))
        {
            return false;
        }

        if (await db.Threads.AsNoTracking().SingleOrDefaultAsync(x => x.Id == threadId && x.SpaceId == Space.Id, cancellationToken) is not { } thread)
        {
            return false;
        }

        Thread = thread;
        Posts = await db.Posts.AsNoTracking().Where(p => p.ThreadId == threadId).OrderBy(p => p.PostedUtc).ToListAsync(cancellationToken);
        return true;
    }
}

/// <summary>A report-back on a measure of the action plan; the measures come from FollowUp's contract.</summary>
[Authorize(Policy = IdentityPolicies.SecondFactor)]
internal sealed class SpaceNewReportModel(SpaceAccess access, PartnersDbContext db, IMeasureDirectory measures, TimeProvider clock, IStringLocalizer<SpaceNewReportModel> t) : SpacePage(access)
{
    [BindProperty]
    public string? MeasureSlug { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public IReadOnlyList<MeasureSummary> Measures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Measures = await measures.ListPublicAsync(cancellationToken);
        return Visit.MayWrite ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (!Visit.MayWrite)
        {
            return Forbid();
        }

        Measures = await measures.ListPublicAsync(cancellationToken);
        ModelState.Clear();
        var measure = Measures.FirstOrDefault(m => m.Slug == MeasureSlug);
        if (measure is null)
        {
            ModelState.AddModelError(nameof(MeasureSlug), t["Åtgärd: välj en åtgärd i listan."]);
        }

        if (SpaceRules.CheckBody(Body) is { } problem)
        {
            ModelState.AddModelError(nameof(Body), t["Återrapport {0}.", problem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ReportBacks.Add(new ReportBack
        {
            SpaceId = Space.Id,
            MeasureSlug = measure!.Slug,
            MeasureTitle = measure.Title,
            Body = Body!,
            OrganisationId = Visit.Member?.OrganisationId,
            AuthorName = AuthorName,
            AuthorUserId = UserId,
            ReportedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = t["Återrapporten om {0} är skickad.", measure.Title].Value;
        return Redirect("/samverkan/" + Space.Slug);
    }
}
