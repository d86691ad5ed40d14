using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Governance.Data;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Meetings;

internal sealed class ForumMaterial(GovernanceDbContext db) : IForumMaterial
{
    public async Task<IReadOnlyList<ForumMeetingMaterial>> ForPartnersAsync(string forumSlug, int count, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Slug == forumSlug, cancellationToken);
        if (forum is null)
        {
            return [];
        }

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.ForumId == forum.Id && m.KallelsePublishedUtc != null)
            .OrderByDescending(m => m.StartsUtc).Take(count).ToListAsync(cancellationToken);
        return meetings.Select(m => new ForumMeetingMaterial(
                m.Id,
                MeetingTimes.LocalStart(m),
                m.Place,
                MeetingRules.Describe(m.Status),
                m.Items.Where(i => i.Classification != Classification.Sekretess)
                    .Select(i => new ForumAgendaItem(i.Title, i.Description, i.Classification.ToString())).ToList()))
            .ToList();
    }
}
