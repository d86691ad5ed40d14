using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Meetings;

internal static class MeetingQueries
{
    /// <summary>Per forum, the meetings in the current Swedish calendar year that are not cancelled.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> MeetingsThisYearAsync(this GovernanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var year = SwedishTime.Today(clock).Year;
        var from = SwedishTime.FromLocal(new DateTime(year, 1, 1)).UtcDateTime;
        var to = SwedishTime.FromLocal(new DateTime(year + 1, 1, 1)).UtcDateTime;
        return await db.Meetings.AsNoTracking()
            .Where(m => m.StartsUtc >= from && m.StartsUtc < to && m.Status != MeetingStatus.Installt)
            .GroupBy(m => m.ForumId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>A meeting, tracked for editing, with its forum (read only); null when there is no such meeting.</summary>
    public static async Task<(Meeting Meeting, Forum Forum)?> FindWithForumAsync(this GovernanceDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        return (meeting, await db.Forums.AsNoTracking().SingleAsync(f => f.Id == meeting.ForumId, cancellationToken));
    }
}
