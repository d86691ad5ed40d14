using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Recipes;

/// <summary>A meeting's protokoll in a recipe: attendance as changes to the forum's member list (who was absent,
/// which ersättare served for whom), the paragraphs in order, and the justering if it has taken place.</summary>
internal sealed class ProtocolInput
{
    public string? Justerare { get; init; }

    public DateOnly? AdjustedOn { get; init; }

    public string? AdjustedBy { get; init; }

    public List<AttendanceInput> Attendance { get; init; } = [];

    public List<ParagraphInput> Paragraphs { get; init; } = [];
}

internal sealed class AttendanceInput
{
    public required string Name { get; init; }

    public AttendanceStatus Status { get; init; }

    public string? ServingFor { get; init; }
}

internal sealed class ParagraphInput
{
    public required string Title { get; init; }

    public string? CaseNumber { get; init; }

    public string? Body { get; init; }

    public required string Decision { get; init; }

    public Classification Classification { get; init; }

    public string? OslReference { get; init; }

    public DateOnly? MarkedOn { get; init; }

    public string? MarkedBy { get; init; }

    public bool ImmediatelyAdjusted { get; init; }

    /// <summary>Slugs of the action plan's measures the decision concerns.</summary>
    public List<string> Measures { get; init; } = [];

    public Paragraph ToParagraph() => new()
    {
        Title = Title.Trim(),
        CaseNumber = Blank(CaseNumber),
        Body = Blank(Body),
        Decision = Decision.Trim(),
        Classification = Classification,
        OslReference = Blank(OslReference),
        MarkedOn = MarkedOn,
        MarkedBy = Blank(MarkedBy),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
