using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>A configurable status of a measure (planerad, pågår, genomförd, försenad, avbruten). A status may carry a
/// default progress that a report with that status and no progress of its own takes (genomförd: 100).</summary>
internal sealed class MeasureStatus : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Stable key used in recipes, filters and CSV (e.g. "pagar").</summary>
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int? DefaultProgress { get; set; }

    /// <summary>A measure with a final status (genomförd, avbruten) is not expected to report any more.</summary>
    public bool IsFinal { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }
}
