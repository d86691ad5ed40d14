using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>The business rules of agreements, medborgarlöften, promises and follow-ups, shared by the back office
/// and the recipe step. Each problem names its field (the recipe's name for it) and says what is wrong in Swedish.</summary>
internal static class PromiseRules
{
    public const int MaxTitle = 200;
    public const int MaxLine = 300;
    public const int MaxText = 8000;

    public static IEnumerable<(string Field, string Problem)> Check(Agreement a)
    {
        foreach (var problem in Slugged(a.Slug))
        {
            yield return problem;
        }

        foreach (var problem in Titled(a.Title))
        {
            yield return problem;
        }

        foreach (var problem in Period(a.PeriodFrom, a.PeriodTo))
        {
            yield return problem;
        }

        foreach (var problem in Lines("focusProblems", a.FocusProblems).Concat(Lines("goals", a.Goals)).Concat(Lines("signedBy", a.SignedBy)))
        {
            yield return problem;
        }

        if (a.Causes?.Length > MaxText)
        {
            yield return ("causes", $"får ha högst {MaxText} tecken");
        }

        if (a.FollowUpMethod?.Length > MaxText)
        {
            yield return ("followUp", $"får ha högst {MaxText} tecken");
        }

        if (a.DocumentUrl is not null && !IsLink(a.DocumentUrl))
        {
            yield return ("documentUrl", "måste vara en webbadress som börjar med https:// eller http://, eller en adress på webbplatsen som börjar med /");
        }
    }

    public static IEnumerable<(string Field, string Problem)> Check(PromiseSet s)
    {
        foreach (var problem in Slugged(s.Slug))
        {
            yield return problem;
        }

        foreach (var problem in Titled(s.Title))
        {
            yield return problem;
        }

        if (string.IsNullOrWhiteSpace(s.Area))
        {
            yield return ("area", "måste anges");
        }
        else if (s.Area.Length > MaxTitle)
        {
            yield return ("area", $"får ha högst {MaxTitle} tecken");
        }

        foreach (var problem in Period(s.PeriodFrom, s.PeriodTo))
        {
            yield return problem;
        }

        foreach (var problem in Lines("signatories", s.Signatories))
        {
            yield return problem;
        }

        if (s.Background?.Length > MaxText)
        {
            yield return ("background", $"får ha högst {MaxText} tecken");
        }

        if (s.Report?.Length > MaxText)
        {
            yield return ("report", $"får ha högst {MaxText} tecken");
        }
    }

    public static IEnumerable<(string Field, string Problem)> Check(Promise p)
    {
        if (string.IsNullOrWhiteSpace(p.Text))
        {
            yield return ("text", "måste anges");
        }
        else if (p.Text.Length > 1000)
        {
            yield return ("text", "får ha högst 1000 tecken");
        }

        if (p.Promisors.Count == 0)
        {
            yield return ("promisors", "måste anges: minst en som lovar (till exempel Polisen eller kommunen)");
        }

        foreach (var problem in Lines("promisors", p.Promisors).Concat(Lines("activities", p.Activities)))
        {
            yield return problem;
        }

        if (p.SuccessMeasure?.Length > 2000)
        {
            yield return ("successMeasure", "får ha högst 2000 tecken");
        }

        if (!Enum.IsDefined(p.Status))
        {
            yield return ("status", "är inte en känd status");
        }

        if (p.Progress is < 0 or > 100)
        {
            yield return ("progress", "måste vara ett heltal från 0 till 100");
        }

        if (p.MeasureSlugs.FirstOrDefault(m => !Slug.IsValid(m)) is { } bad)
        {
            yield return ("measures", $"\"{Shorten(bad)}\" är ingen giltig slug (a–z, 0–9 och bindestreck)");
        }
    }

    public static IEnumerable<(string Field, string Problem)> Check(PromiseFollowUp f)
    {
        if (f.Date.Year is < 2000 or > 2100)
        {
            yield return ("date", "måste ligga mellan år 2000 och 2100");
        }

        foreach (var problem in Titled(f.Title))
        {
            yield return problem;
        }

        if (string.IsNullOrWhiteSpace(f.Text))
        {
            yield return ("text", "måste anges");
        }
        else if (f.Text.Length > MaxText)
        {
            yield return ("text", $"får ha högst {MaxText} tecken");
        }

        for (var i = 0; i < f.Figures.Count; i++)
        {
            var figure = f.Figures[i];
            if (string.IsNullOrWhiteSpace(figure.Label) || figure.Label.Length > MaxLine)
            {
                yield return ($"figures[{i}].label", $"måste anges och ha högst {MaxLine} tecken");
            }

            if (string.IsNullOrWhiteSpace(figure.Value) || figure.Value.Length > 100)
            {
                yield return ($"figures[{i}].value", "måste anges och ha högst 100 tecken");
            }
        }

        for (var i = 0; i < f.Images.Count; i++)
        {
            var image = f.Images[i];
            if (!IsLink(image.Url))
            {
                yield return ($"images[{i}].url", "måste vara en webbadress som börjar med https:// eller http://, eller en adress på webbplatsen som börjar med /");
            }

            if (string.IsNullOrWhiteSpace(image.Alt))
            {
                yield return ($"images[{i}].alt", "måste anges: beskriv bilden för den som inte ser den");
            }
            else if (image.Alt.Length > MaxLine)
            {
                yield return ($"images[{i}].alt", $"får ha högst {MaxLine} tecken");
            }
        }
    }

    /// <summary>A link a page may render: absolute http(s), or a path on this site (never "//host" or "javascript:").</summary>
    public static bool IsLink(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 500)
        {
            return false;
        }

        if (value.StartsWith('/'))
        {
            return !value.StartsWith("//", StringComparison.Ordinal) && !value.StartsWith("/\\", StringComparison.Ordinal);
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    public static string Describe(PromiseStatus status) => status switch
    {
        PromiseStatus.EjPaborjat => "Ej påbörjat",
        PromiseStatus.Pagar => "Pågår",
        PromiseStatus.Genomfort => "Genomfört",
        PromiseStatus.Forsenat => "Försenat",
        _ => status.ToString(),
    };

    /// <summary>"2026-01-01 – 2026-12-31" as the citizen pages write a period.</summary>
    public static string DescribePeriod(DateOnly from, DateOnly to) =>
        $"{from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} – {to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    private static IEnumerable<(string, string)> Slugged(string slug)
    {
        if (!Slug.IsValid(slug))
        {
            yield return ("slug", $"måste anges med a–z, 0–9 och bindestreck (högst {Slug.MaxLength} tecken)");
        }
    }

    private static IEnumerable<(string, string)> Titled(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield return ("title", "måste anges");
        }
        else if (title.Length > MaxTitle)
        {
            yield return ("title", $"får ha högst {MaxTitle} tecken");
        }
    }

    private static IEnumerable<(string, string)> Period(DateOnly from, DateOnly to)
    {
        if (from.Year is < 2000 or > 2100)
        {
            yield return ("from", "måste ligga mellan år 2000 och 2100");
        }

        if (to.Year is < 2000 or > 2100)
        {
            yield return ("to", "måste ligga mellan år 2000 och 2100");
        }
        else if (to < from)
        {
            yield return ("to", "får inte vara före periodens början");
        }
    }

    private static IEnumerable<(string, string)> Lines(string field, List<string> lines)
    {
        if (lines.Count > 50)
        {
            yield return (field, "får ha högst 50 rader");
        }
        else if (lines.Any(l => string.IsNullOrWhiteSpace(l) || l.Length > MaxLine))
        {
            yield return (field, $"får inte ha tomma rader eller rader över {MaxLine} tecken");
        }
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
