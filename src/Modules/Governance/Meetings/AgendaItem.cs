using System.Text.Json.Serialization;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>An ärende on a meeting's föredragningslista. Saved with its meeting (one JSON column), so two people
/// editing the same agenda conflict on the meeting's version instead of losing an update.</summary>
internal sealed class AgendaItem
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Title { get; set; } = string.Empty;

    /// <summary>Diarienummer, e.g. "KS 2026-0123".</summary>
    public string? CaseNumber { get; set; }

    /// <summary>Föredragande.</summary>
    public string? Presenter { get; set; }

    public string? Description { get; set; }

    public Classification Classification { get; set; }

    /// <summary>The secrecy marking's parts (<see cref="SecrecyMarking"/>), set only for Sekretess.</summary>
    public string? OslReference { get; set; }

    public DateOnly? MarkedOn { get; set; }

    public string? MarkedBy { get; set; }

    [JsonIgnore]
    public SecrecyMarking? Marking =>
        OslReference is null || MarkedOn is null || MarkedBy is null ? null : new SecrecyMarking(OslReference, MarkedOn.Value, MarkedBy);
}
