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

/// <summary>One decision at its stable address, /beslut/{forum}/{year}/{number}, cited as
/// "Trygghetsrådet 2026-03-12 § 4". Only a justerad, public paragraph has a page; anything else is 404.</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Meetings)]
internal sealed class DecisionModel(GovernanceDbContext db) : PageModel
{
    public Forum Forum { get; private set; } = null!;

    public Meeting Meeting { get; private set; } = null!;

    public PublicParagraph Paragraph { get; private set; } = null!;

    public string Citation { get; private set; } = string.Empty;

    public int Year { get; private set; }

    /// <summary>Where the corrected paragraph, or the correction of this one, lives.</summary>
    public IReadOnlyList<int> CorrectedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string forum, int year, int number, CancellationToken cancellationToken)
    {
        var found = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Slug == forum, cancellationToken);
        var paragraph = found is null ? null : await db.Paragraphs.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ForumId == found.Id && p.Year == year && p.Number == number, cancellationToken);
        if (found is null || paragraph is null)
        {
            return NotFound();
        }

        var protocol = await db.Protocols.AsNoTracking().SingleAsync(p => p.MeetingId == paragraph.MeetingId, cancellationToken);
        var visible = PublicMinutes.Of(protocol, [paragraph]).Paragraphs.SingleOrDefault();
        if (visible is null || visible.IsSecret)
        {
            return NotFound();
        }

        Forum = found;
        Year = year;
        Paragraph = visible;
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == paragraph.MeetingId, cancellationToken);
        Meeting = new Meeting { Id = meeting.Id, StartsUtc = meeting.StartsUtc, EndsUtc = meeting.EndsUtc };
        Citation = DecisionCitation.Of(found.Name, DateOnly.FromDateTime(MeetingTimes.LocalStart(meeting)), number);
        CorrectedBy = await db.Paragraphs.AsNoTracking()
            .Where(p => p.CorrectsId == paragraph.Id && p.Classification == Portal.Core.Classification.Classification.Offentlig)
            .Select(p => p.Number).ToListAsync(cancellationToken);
        return Page();
    }
}
