using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>Samverkansöverenskommelsen: the agreement between the local police area and the municipality that
/// the medborgarlöften are the public part of. Not legally binding; kept, never deleted.</summary>
internal sealed class Agreement : IVersioned, IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Stable key (recipes, later a public address), e.g. "linkoping-2025-2026".</summary>
    public string Slug { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>Fokusproblem, one per entry.</summary>
    public List<string> FocusProblems { get; set; } = [];

    /// <summary>Troliga orsaker.</summary>
    public string? Causes { get; set; }

    /// <summary>Avgränsade, mätbara mål, one per entry.</summary>
    public List<string> Goals { get; set; } = [];

    /// <summary>How the work is documented and followed up.</summary>
    public string? FollowUpMethod { get; set; }

    /// <summary>Who signed, by role (e.g. "Lokalpolisområdeschef, Linköping").</summary>
    public List<string> SignedBy { get; set; } = [];

    public DateOnly? SignedOn { get; set; }

    /// <summary>The signed document: a link until there is a media module.</summary>
    public string? DocumentUrl { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public Guid Version { get; set; }
}
