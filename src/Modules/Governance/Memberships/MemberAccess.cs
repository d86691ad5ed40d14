using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Memberships;

/// <summary>Who may read a forum's non-public material in the members' area (docs/adr/0010): the forum's
/// current members, through the account linked to their membership. Ledamöter and ersättare read everything;
/// an adjungerad (often from another authority) reads Offentlig and Intern, and of Sekretess only that it exists,
/// since secrecy does not stop at a co-opted guest without a provision that breaks it.</summary>
internal static class MemberAccess
{
    /// <summary>The user's current memberships, at most one per forum (the one that sees the most).</summary>
    public static async Task<IReadOnlyDictionary<Guid, Membership>> CurrentForUserAsync(this GovernanceDbContext db, string? userId, DateOnly today, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return new Dictionary<Guid, Membership>();
        }

        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.From <= today && (m.To == null || m.To >= today))
            .ToListAsync(cancellationToken);
        return memberships.GroupBy(m => m.ForumId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Kind == SeatKind.Adjungerad ? 1 : 0).First());
    }

    /// <summary>The signed-in person's current membership of <paramref name="forumId"/>, or null: what opens a
    /// meeting's material in the members' area.</summary>
    public static async Task<Membership?> MembershipOfAsync(this GovernanceDbContext db, ClaimsPrincipal user, Guid forumId, DateOnly today, CancellationToken cancellationToken) =>
        (await db.CurrentForUserAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), today, cancellationToken)).GetValueOrDefault(forumId);

    public static bool MayRead(Membership membership, Classification classification) =>
        classification != Classification.Sekretess || membership.Kind != SeatKind.Adjungerad;
}
