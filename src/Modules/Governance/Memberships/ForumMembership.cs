using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Governance.Data;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Memberships;

internal sealed class ForumMembership(GovernanceDbContext db, TimeProvider clock) : IForumMembership
{
    public async Task<bool> IsCurrentMemberAsync(string userId, string forumSlug, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(clock);
        return await (from m in db.Memberships
                      join f in db.Forums on m.ForumId equals f.Id
                      where f.Slug == forumSlug && m.UserId == userId && m.From <= today && (m.To == null || m.To >= today)
                      select m.Id).AnyAsync(cancellationToken);
    }
}
