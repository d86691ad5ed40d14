using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>A paragraph as a citizen may see it. Built only by <see cref="PublicMinutes.Of"/>, the one place
/// that decides what of a protokoll reaches the public site: only justerad text, of a Sekretess paragraph only
/// its number, of an Intern paragraph nothing.</summary>
internal sealed record PublicParagraph(
    int Number, bool IsSecret, string? Title, string? CaseNumber, string? Body, string? Decision,
    bool ImmediatelyAdjusted, int? CorrectsNumber, string? CorrectionReason, DateOnly? AdjustedOn);

/// <summary>What citizens see of a protokoll: attendance once justerat, and the justerade public paragraphs.</summary>
internal sealed record PublicProtocol(DateOnly? AdjustedOn, string? AdjustedBy, IReadOnlyList<Attendance> Attendance, IReadOnlyList<PublicParagraph> Paragraphs)
{
    public bool IsEmpty => AdjustedOn is null && Paragraphs.Count == 0;
}

internal static class PublicMinutes
{
    public const string SecretParagraphText = "Ärende enligt sekretess";

    public static PublicProtocol Of(Protocol? protocol, IEnumerable<Paragraph> paragraphs)
    {
        if (protocol is null)
        {
            return new PublicProtocol(null, null, [], []);
        }

        var visible = paragraphs
            .Where(p => p.IsAdjusted(protocol) && p.Classification is Classification.Offentlig or Classification.Sekretess)
            .OrderBy(p => p.Number)
            .Select(p => p.Classification == Classification.Offentlig
                ? new PublicParagraph(p.Number, false, p.Title, p.CaseNumber, p.Body, p.Decision, p.ImmediatelyAdjustedUtc is not null && p.CorrectsId is null, p.CorrectsNumber, p.CorrectionReason, AdjustedOn(p, protocol))
                : new PublicParagraph(p.Number, true, null, null, null, null, false, null, null, null))
            .ToList();
        return protocol.IsAdjusted
            ? new PublicProtocol(protocol.AdjustedOn, protocol.AdjustedBy, protocol.Attendance, visible)
            : new PublicProtocol(null, null, [], visible);
    }

    /// <summary>The day the paragraph's text became justerad: alone (omedelbart) or with its protokoll.</summary>
    private static DateOnly? AdjustedOn(Paragraph paragraph, Protocol protocol) =>
        paragraph.ImmediatelyAdjustedUtc is { } at
            ? DateOnly.FromDateTime(SwedishTime.ToLocal(new DateTimeOffset(at, TimeSpan.Zero)))
            : protocol.AdjustedOn;
}
