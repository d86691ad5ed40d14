using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>A paragraph (§) of a protokoll: one matter and its decision. Numbered per forum and calendar year by
/// <see cref="ParagraphNumbering"/>, never by hand, never reused; paragraphs are never deleted.</summary>
internal sealed class Paragraph : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid MeetingId { get; set; }

    public Guid ForumId { get; set; }

    public int Year { get; set; }

    /// <summary>§ number: unique per forum and year (a unique index backs the rule).</summary>
    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>Diarienummer, e.g. "KS 2026-0123".</summary>
    public string? CaseNumber { get; set; }

    /// <summary>What the matter is about (ärendebeskrivning).</summary>
    public string? Body { get; set; }

    /// <summary>The decision (beslut), one per paragraph.</summary>
    public string Decision { get; set; } = string.Empty;

    public Classification Classification { get; set; }

    public string? OslReference { get; set; }

    public DateOnly? MarkedOn { get; set; }

    public string? MarkedBy { get; set; }

    /// <summary>Set when the paragraph was declared omedelbart justerad, ahead of the protokoll.</summary>
    public DateTime? ImmediatelyAdjustedUtc { get; set; }

    public string? ImmediatelyAdjustedBy { get; set; }

    /// <summary>For a correction (rättelse): the paragraph it corrects, which itself stays as it was.</summary>
    public Guid? CorrectsId { get; set; }

    public int? CorrectsNumber { get; set; }

    /// <summary>Why the correction was made; required for a correction.</summary>
    public string? CorrectionReason { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public Guid Version { get; set; }

    public SecrecyMarking? Marking =>
        OslReference is null || MarkedOn is null || MarkedBy is null ? null : new SecrecyMarking(OslReference, MarkedOn.Value, MarkedBy);

    /// <summary>Justerad text, alone or with its protokoll, can no longer be edited.</summary>
    public bool IsAdjusted(Protocol protocol) => protocol.IsAdjusted || ImmediatelyAdjustedUtc is not null;
}
