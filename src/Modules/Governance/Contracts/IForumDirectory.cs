namespace Trygghet.Modules.Governance.Contracts;

/// <summary>The forums of the governance model, for other modules (partners' spaces, citizen pages).</summary>
public interface IForumDirectory
{
    Task<IReadOnlyList<ForumSummary>> ListAsync(CancellationToken cancellationToken);
}

public sealed record ForumSummary(Guid Id, string Slug, string Name, string Kind, string Purpose);
