namespace Trygghet.Modules.Governance.Contracts;

/// <summary>Whether an account currently sits in a forum (any seat kind), for other modules: a forum's members
/// also have access to that forum's partner space.</summary>
public interface IForumMembership
{
    Task<bool> IsCurrentMemberAsync(string userId, string forumSlug, CancellationToken cancellationToken);
}
