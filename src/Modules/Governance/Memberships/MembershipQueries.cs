using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;

namespace Trygghet.Modules.Governance.Memberships;

internal static class MembershipQueries
{
    /// <summary>Memberships running on <paramref name="day"/>, grouped by forum, ordered for reading:
    /// chair first, then members, substitutes and co-opted, each by name.</summary>
    public static async Task<ILookup<Guid, Membership>> CurrentByForumAsync(this GovernanceDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var current = await db.Memberships.AsNoTracking()
            .Where(m => m.From <= day && (m.To == null || m.To >= day))
            .ToListAsync(cancellationToken);
        return current
            .OrderBy(m => m.Functions.HasFlag(MembershipFunctions.Ordforande) ? 0 : 1)
            .ThenBy(m => m.Kind)
            .ThenBy(m => m.PersonName, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), ignoreCase: true))
            .ToLookup(m => m.ForumId);
    }
}
