using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages;

/// <summary>One meeting for citizens. The agenda comes only through <see cref="PublicAgenda"/>: the page
/// never holds a non-public item's content.</summary>
[AllowAnonymous]
internal sealed class MeetingModel(GovernanceDbContext db) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public Forum Forum { get; private set; } = null!;

    public IReadOnlyList<PublicAgendaItem> Agenda { get; private set; } = [];

    public bool IsPublished => Meeting.KallelsePublishedUtc is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Forum = await db.Forums.AsNoTracking().SingleAsync(f => f.Id == meeting.ForumId, cancellationToken);
        Agenda = PublicAgenda.Of(meeting);
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
