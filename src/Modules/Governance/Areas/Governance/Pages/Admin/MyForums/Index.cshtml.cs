using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>The members' area: the forums the signed-in person sits in, with their meetings. Access comes
/// from the membership itself, so the page needs nothing beyond admin access.</summary>
internal sealed class MyForumsModel(GovernanceDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Forum Forum, Membership Membership, IReadOnlyList<Meeting> Upcoming, IReadOnlyList<Meeting> Past)> Forums { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var mine = await db.CurrentForUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), SwedishTime.Today(clock), cancellationToken);
        var forums = await db.Forums.AsNoTracking().Where(f => mine.Keys.Contains(f.Id)).OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var list = new List<(Forum, Membership, IReadOnlyList<Meeting>, IReadOnlyList<Meeting>)>();
        foreach (var forum in forums)
        {
            var meetings = db.Meetings.AsNoTracking().Where(m => m.ForumId == forum.Id);
            var upcoming = await meetings.Where(m => m.EndsUtc >= now).OrderBy(m => m.StartsUtc).Take(5).ToListAsync(cancellationToken);
            var past = await meetings.Where(m => m.EndsUtc < now).OrderByDescending(m => m.StartsUtc).Take(5).ToListAsync(cancellationToken);
            list.Add((forum, mine[forum.Id], upcoming, past));
        }

        Forums = list;
    }
}
