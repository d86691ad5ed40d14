using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>A meeting's full material for the forum's own members: every agenda item and paragraph their
/// membership may read (<see cref="MemberAccess"/>), drafts included. Anyone else gets 404, which does not
/// even confirm that the meeting has non-public material.</summary>
internal sealed class MyForumMeetingModel(GovernanceDbContext db, TimeProvider clock, IAuditTrail audit) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public Forum Forum { get; private set; } = null!;

    public Membership Membership { get; private set; } = null!;

    public Protocol? Protocol { get; private set; }

    public IReadOnlyList<Paragraph> Paragraphs { get; private set; } = [];

    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public bool MayRead(Classification classification) => MemberAccess.MayRead(Membership, classification);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindWithForumAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (await db.MembershipOfAsync(User, found.Forum.Id, SwedishTime.Today(clock), cancellationToken) is not { } membership)
        {
            return NotFound();
        }

        (Meeting, Forum) = found;
        Membership = membership;
        if (await db.FindProtocolAsync(id, cancellationToken) is { } minutes)
        {
            (Protocol, var paragraphs) = minutes;
            Paragraphs = paragraphs;
        }

        Attachments = await db.Attachments.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.UploadedUtc).ToListAsync(cancellationToken);
        var secretShown = Meeting.Items.Count(i => i.Classification == Classification.Sekretess && MayRead(i.Classification))
            + Paragraphs.Count(p => p.Classification == Classification.Sekretess && MayRead(p.Classification));
        if (secretShown > 0)
        {
            // Access to classified material is audited.
            await audit.RecordAsync(new AuditEvent(AuditCategories.ClassifiedAccess, $"läste {secretShown} sekretessmarkerade punkter som ledamot",
                $"sammanträdet {MeetingTimes.LocalStart(Meeting):yyyy-MM-dd} i {Forum.Name}"), cancellationToken);
        }

        return Page();
    }
}
