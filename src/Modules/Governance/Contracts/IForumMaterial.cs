namespace Trygghet.Modules.Governance.Contracts;

/// <summary>A forum's meetings as its partner space shows them: meetings whose kallelse is published, with their
/// Offentlig and Intern agenda items. Sekretess items are left out entirely (not even their titles), so the
/// partner space can never show classified material.</summary>
public interface IForumMaterial
{
    Task<IReadOnlyList<ForumMeetingMaterial>> ForPartnersAsync(string forumSlug, int count, CancellationToken cancellationToken);
}

/// <param name="Starts">Local (Europe/Stockholm) start.</param>
/// <param name="Status">The status's display name (e.g. "Kallat").</param>
public sealed record ForumMeetingMaterial(Guid Id, DateTime Starts, string? Place, string Status, IReadOnlyList<ForumAgendaItem> Items);

public sealed record ForumAgendaItem(string Title, string? Description, string Classification);
