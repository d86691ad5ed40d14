using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>A private collaboration space of one forum (the samverkansråd's, by the forum's slug). Its
/// material is members-only; the forum's own internal material stays in Governance and never comes here.</summary>
internal sealed class Space : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The address: /samverkan/{Slug}.</summary>
    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ForumSlug { get; set; } = string.Empty;

    public string? Description { get; set; }

    public Guid Version { get; set; }
}
