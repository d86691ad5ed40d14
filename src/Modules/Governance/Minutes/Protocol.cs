using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>The protokoll of one meeting: who attended and, in <see cref="Paragraph"/>s, what was decided.
/// Drafted by the meeting's secretary, then justerat by the chair and the justerare; from then on nothing in it
/// can be changed (a correction is a new paragraph).</summary>
internal sealed class Protocol : IVersioned
{
    /// <summary>The meeting's id: a meeting has at most one protokoll.</summary>
    public Guid MeetingId { get; set; }

    public Guid ForumId { get; set; }

    /// <summary>The calendar year (Swedish time) of the meeting, which numbers its paragraphs.</summary>
    public int Year { get; set; }

    /// <summary>Who is appointed to check and sign the protokoll besides the chair.</summary>
    public string? Justerare { get; set; }

    /// <summary>The day the protokoll was justerat; null while it is a draft.</summary>
    public DateOnly? AdjustedOn { get; set; }

    /// <summary>Who signed, as written in the protokoll ("Anna Andersson (ordförande), Bo Berg (justerare)").</summary>
    public string? AdjustedBy { get; set; }

    /// <summary>The signed-in person who recorded the justering, for the audit trail.</summary>
    public string? AdjustmentRecordedBy { get; set; }

    public DateTime? AdjustmentRecordedUtc { get; set; }

    /// <summary>Närvaro, in the order of the protokoll. Saved with the protokoll (one JSON value), so the
    /// protokoll's version guards it.</summary>
    public List<Attendance> Attendance { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public Guid Version { get; set; }

    public bool IsAdjusted => AdjustedOn is not null;
}
