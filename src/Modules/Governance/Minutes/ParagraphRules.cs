using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>Business rules for a paragraph's content, shared by the recipe step and the admin forms; each
/// problem names its field.</summary>
internal static class ParagraphRules
{
    public static IEnumerable<(string Field, string Problem)> Check(Paragraph paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph.Title))
        {
            yield return ("title", "får inte vara tomt");
        }

        if (string.IsNullOrWhiteSpace(paragraph.Decision))
        {
            yield return ("decision", "får inte vara tomt: varje paragraf har ett beslut");
        }

        // The same rules as for the agenda item the paragraph usually comes from.
        var asItem = new AgendaItem
        {
            Title = paragraph.Title.Length == 0 ? "-" : paragraph.Title,
            CaseNumber = paragraph.CaseNumber,
            Classification = paragraph.Classification,
            OslReference = paragraph.OslReference,
            MarkedOn = paragraph.MarkedOn,
            MarkedBy = paragraph.MarkedBy,
        };
        foreach (var problem in AgendaRules.Check(asItem).Where(p => p.Field != "title"))
        {
            yield return problem;
        }
    }

    /// <summary>Why a paragraph's text can no longer be changed, or null while it can.</summary>
    public static string? WhyLocked(Paragraph paragraph, Protocol protocol) =>
        protocol.IsAdjusted ? "Protokollet är justerat. Justerad text kan inte ändras; gör en rättelse i stället."
        : paragraph.ImmediatelyAdjustedUtc is not null ? "Paragrafen är omedelbart justerad. Justerad text kan inte ändras; gör en rättelse i stället."
        : null;

    public static bool IsPublicContent(Paragraph paragraph) => paragraph.Classification == Classification.Offentlig;
}
