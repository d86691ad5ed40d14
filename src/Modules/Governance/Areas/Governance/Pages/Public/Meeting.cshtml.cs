using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages;

/// <summary>One meeting for citizens. The agenda comes only through <see cref="PublicAgenda"/>: the page
/// never holds a non-public item's content.</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Meetings)]
internal sealed class MeetingModel(GovernanceDbContext db) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public Forum Forum { get; private set; } = null!;

    public IReadOnlyList<PublicAgendaItem> Agenda { get; private set; } = [];

    /// <summary>Only what <see cref="PublicMinutes"/> lets through: justerade paragraphs, attendance once justerat.</summary>
    public PublicProtocol Protocol { get; private set; } = null!;

    public DateOnly Day => DateOnly.FromDateTime(MeetingTimes.LocalStart(Meeting));

    public bool IsPublished => Meeting.KallelsePublishedUtc is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Forum = await db.Forums.AsNoTracking().SingleAsync(f => f.Id == meeting.ForumId, cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.UploadedUtc).ToListAsync(cancellationToken);
        Agenda = PublicAgenda.Of(meeting, attachments);
        Protocol = await db.PublicProtocolAsync(meeting.Id, cancellationToken);
        // Keep only what the page shows; the full agenda stays out of the page model.
        Meeting = new Meeting
        {
            Id = meeting.Id,
            ForumId = meeting.ForumId,
            StartsUtc = meeting.StartsUtc,
            EndsUtc = meeting.EndsUtc,
            Place = meeting.Place,
            OnlineLink = meeting.OnlineLink,
            Status = meeting.Status,
            KallelsePublishedUtc = meeting.KallelsePublishedUtc,
        };
        return Page();
    }
}
