using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Content.Items;

/// <summary>The rules a version must meet, by field name, whether it comes from the admin form or a recipe.</summary>
internal static class ContentRules
{
    public const int MaxTitle = 200;
    public const int MaxLead = 600;
    public const int MaxBody = 100_000;
    public const int MaxListEntries = 20;
    public const int MaxListEntry = 80;

    public static IEnumerable<(string Field, string Problem)> Check(ContentDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            yield return ("title", "saknas");
        }
        else if (draft.Title.Length > MaxTitle)
        {
            yield return ("title", $"får vara högst {MaxTitle} tecken");
        }

        if (draft.Slug is { Length: > 0 } slug && !Slug.IsValid(slug))
        {
            yield return ("slug", "får bara innehålla a–z, siffror och enkla bindestreck inuti (högst 80 tecken)");
        }

        if (draft.Lead.Length > MaxLead)
        {
            yield return ("lead", $"får vara högst {MaxLead} tecken");
        }

        if (draft.Body.Length > MaxBody)
        {
            yield return ("body", $"får vara högst {MaxBody} tecken");
        }

        // An image in the body needs its alternative text as much as the page's image does (WCAG 1.1.1).
        if (System.Text.RegularExpressions.Regex.IsMatch(draft.Body, @"!\[\s*\]\("))
        {
            yield return ("body", "har en bild utan alternativtext: skriv vad bilden visar mellan hakparenteserna, ![så här](/media/…)");
        }

        foreach (var (field, list) in new[] { ("tags", draft.Tags), ("areas", draft.Areas), ("measures", draft.MeasureSlugs), ("promises", draft.PromiseSlugs) })
        {
            if (list.Count > MaxListEntries || list.Any(e => e.Length > MaxListEntry))
            {
                yield return (field, $"får ha högst {MaxListEntries} rader med högst {MaxListEntry} tecken var");
            }
        }

        if (draft.ImageUrl is { Length: > 0 } url)
        {
            if (!(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                yield return ("imageUrl", "ska börja med / (en bild på webbplatsen) eller https://");
            }

            if (string.IsNullOrWhiteSpace(draft.ImageAlt))
            {
                yield return ("imageAlt", "krävs när sidan har en bild: beskriv vad bilden visar");
            }
        }
    }
}
