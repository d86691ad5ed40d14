using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>One promise of a medborgarlöfte: what is promised in plain Swedish, who promised it, what is done,
/// how success is measured, and how far it has come.</summary>
internal sealed class Promise : IVersioned, IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SetId { get; set; }

    public int SortOrder { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>Polisen, the municipality, partner organisations: at least one.</summary>
    public List<string> Promisors { get; set; } = [];

    public List<string> Activities { get; set; } = [];

    public string? SuccessMeasure { get; set; }

    public PromiseStatus Status { get; set; }

    /// <summary>0–100.</summary>
    public int Progress { get; set; }

    /// <summary>Slugs of the action plan's measures that carry the promise out (resolved through the FollowUp
    /// module's IMeasureDirectory when it is there; unknown or non-public ones are not shown).</summary>
    public List<string> MeasureSlugs { get; set; } = [];

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public Guid Version { get; set; }
}
