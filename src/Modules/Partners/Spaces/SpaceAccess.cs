using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Partners.Data;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Who may do what in a space, decided in one place: an active space membership gives its role; a
/// current member of the space's forum (Governance) takes part as Deltagare; staff with Partners.Manage, who
/// run the samverkansråd's work, act as Moderator. Everyone else gets nothing, and the pages answer 404 so
/// that not even the existence of a space's material is confirmed.</summary>
internal sealed class SpaceAccess(PartnersDbContext db, IForumMembership forums, IPermissionChecker permissions)
{
    public async Task<SpaceVisit?> VisitAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (space is null)
        {
            return null;
        }

        var role = await RoleAsync(user, space, cancellationToken);
        return role is null ? null : new SpaceVisit(space, role.Value, await MembershipAsync(user, space.Id, cancellationToken));
    }

    /// <summary>The spaces <paramref name="user"/> may enter, for /samverkan.</summary>
    public async Task<IReadOnlyList<Space>> SpacesOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var open = new List<Space>();
        foreach (var space in spaces)
        {
            if (await RoleAsync(user, space, cancellationToken) is not null)
            {
                open.Add(space);
            }
        }

        return open;
    }

    private async Task<SpaceRole?> RoleAsync(ClaimsPrincipal user, Space space, CancellationToken cancellationToken)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        if (await permissions.HasAsync(user, Permissions.Manage.Name))
        {
            return SpaceRole.Moderator;
        }

        if (await MembershipAsync(user, space.Id, cancellationToken) is { } member)
        {
            return member.Role;
        }

        return await forums.IsCurrentMemberAsync(userId, space.ForumSlug, cancellationToken) ? SpaceRole.Deltagare : null;
    }

    private async Task<SpaceMember?> MembershipAsync(ClaimsPrincipal user, Guid spaceId, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null
            ? null
            : await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.SpaceId == spaceId && m.UserId == userId && m.EndedUtc == null, cancellationToken);
    }
}

/// <param name="Member">The space membership, when access comes from one (it names the organisation).</param>
internal sealed record SpaceVisit(Space Space, SpaceRole Role, SpaceMember? Member)
{
    public bool MayWrite => Role >= SpaceRole.Deltagare;

    public bool MayUpload => Role >= SpaceRole.Moderator;
}
