using System.Text.RegularExpressions;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Business rules for an agenda item, shared by the recipe step and the admin form; each problem names its field.</summary>
internal static partial class AgendaRules
{
    public static IEnumerable<(string Field, string Problem)> Check(AgendaItem item)
    {
        if (string.IsNullOrWhiteSpace(item.Title))
        {
            yield return ("title", "får inte vara tomt");
        }

        if (item.CaseNumber is { } caseNumber && !CaseNumber().IsMatch(caseNumber))
        {
            yield return ("caseNumber", "ska skrivas som till exempel KS 2026-0123");
        }

        if (!Enum.IsDefined(item.Classification))
        {
            yield return ("classification", "är inte en känd klassning");
        }
        else if (!SecrecyMarking.IsValidFor(item.Classification, item.Marking))
        {
            yield return item.Classification == Classification.Sekretess
                ? ("oslReference", "och den som har sekretessmarkerat måste anges för ärenden med sekretess")
                : ("oslReference", "får bara anges för ärenden med sekretess");
        }
    }

    [GeneratedRegex(@"^\p{Lu}{1,10} \d{4}-\d{1,6}$")]
    private static partial Regex CaseNumber();
}
