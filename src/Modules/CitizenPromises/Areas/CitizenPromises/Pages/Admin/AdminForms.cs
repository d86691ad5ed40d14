using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Promises;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages.Admin;

/// <summary>What the back-office forms share: lists written one per line, and the rules' problems shown at their field.</summary>
internal static class AdminForms
{
    internal const string ConflictMessage = "Någon annan har sparat under tiden. Ladda om sidan och gör ändringen igen.";

    public static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Adds each rule problem at its input, as "{label} {problem}.".</summary>
    public static void AddProblems(ModelStateDictionary modelState, IEnumerable<(string Field, string Problem)> problems,
        Func<string, (string Key, string Label)> field, IStringLocalizer t)
    {
        foreach (var (name, problem) in problems)
        {
            var (key, label) = field(name);
            modelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }
    }

    public static string Publication(IPublishable item) => item.PublishedUtc is { } published
        ? $"Publicerad {Trygghet.Portal.Core.Time.SwedishTime.ToLocal(new DateTimeOffset(published, TimeSpan.Zero)).ToString("yyyy-MM-dd HH.mm", System.Globalization.CultureInfo.InvariantCulture)} av {item.PublishedBy}"
        : "Utkast: syns inte publikt förrän en redaktör publicerar under Medborgarlöften › Publicering";
}

internal sealed class AgreementForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Kortnamn (slug)")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Rubrik")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Periodens början")]
    public DateOnly? PeriodFrom { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Periodens slut")]
    public DateOnly? PeriodTo { get; set; }

    [Display(Name = "Fokusproblem (ett per rad)")]
    public string? FocusProblems { get; set; }

    [Display(Name = "Troliga orsaker")]
    public string? Causes { get; set; }

    [Display(Name = "Avgränsade, mätbara mål (ett per rad)")]
    public string? Goals { get; set; }

    [Display(Name = "Hur arbetet dokumenteras och följs upp")]
    public string? FollowUpMethod { get; set; }

    [Display(Name = "Undertecknad av (roll, en per rad)")]
    public string? SignedBy { get; set; }

    [Display(Name = "Undertecknad den")]
    public DateOnly? SignedOn { get; set; }

    [Display(Name = "Länk till det undertecknade dokumentet")]
    public string? DocumentUrl { get; set; }

    public Guid Version { get; set; }

    public static AgreementForm Of(Agreement a) => new()
    {
        Slug = a.Slug, Title = a.Title, PeriodFrom = a.PeriodFrom, PeriodTo = a.PeriodTo,
        FocusProblems = AdminForms.Lines(a.FocusProblems), Causes = a.Causes, Goals = AdminForms.Lines(a.Goals),
        FollowUpMethod = a.FollowUpMethod, SignedBy = AdminForms.Lines(a.SignedBy), SignedOn = a.SignedOn,
        DocumentUrl = a.DocumentUrl, Version = a.Version,
    };

    public void ApplyTo(Agreement a)
    {
        a.Slug = Slug.Trim();
        a.Title = Title.Trim();
        a.PeriodFrom = PeriodFrom!.Value;
        a.PeriodTo = PeriodTo!.Value;
        a.FocusProblems = AdminForms.Lines(FocusProblems);
        a.Causes = AdminForms.Blank(Causes);
        a.Goals = AdminForms.Lines(Goals);
        a.FollowUpMethod = AdminForms.Blank(FollowUpMethod);
        a.SignedBy = AdminForms.Lines(SignedBy);
        a.SignedOn = SignedOn;
        a.DocumentUrl = AdminForms.Blank(DocumentUrl);
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "slug" => ("Input.Slug", "Kortnamn (slug)"),
        "title" => ("Input.Title", "Rubrik"),
        "from" => ("Input.PeriodFrom", "Periodens början"),
        "to" => ("Input.PeriodTo", "Periodens slut"),
        "focusProblems" => ("Input.FocusProblems", "Fokusproblem"),
        "causes" => ("Input.Causes", "Troliga orsaker"),
        "goals" => ("Input.Goals", "Mål"),
        "followUp" => ("Input.FollowUpMethod", "Hur arbetet dokumenteras och följs upp"),
        "signedBy" => ("Input.SignedBy", "Undertecknad av"),
        "documentUrl" => ("Input.DocumentUrl", "Länk till det undertecknade dokumentet"),
        _ => (string.Empty, field),
    };
}

internal sealed class SetForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Adress (slug)")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Rubrik")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Område")]
    public string Area { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Periodens början")]
    public DateOnly? PeriodFrom { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Periodens slut")]
    public DateOnly? PeriodTo { get; set; }

    [Display(Name = "Bakgrund")]
    public string? Background { get; set; }

    [Display(Name = "Undertecknat av (roll, en per rad)")]
    public string? Signatories { get; set; }

    [Display(Name = "Samverkansöverenskommelse")]
    public Guid? AgreementId { get; set; }

    [Display(Name = "Uppföljningsrapport: sammanfattning")]
    public string? Report { get; set; }

    public Guid Version { get; set; }

    public static SetForm Of(PromiseSet s) => new()
    {
        Slug = s.Slug, Title = s.Title, Area = s.Area, PeriodFrom = s.PeriodFrom, PeriodTo = s.PeriodTo, Background = s.Background,
        Signatories = AdminForms.Lines(s.Signatories), AgreementId = s.AgreementId, Report = s.Report, Version = s.Version,
    };

    public void ApplyTo(PromiseSet s)
    {
        s.Slug = Slug.Trim();
        s.Title = Title.Trim();
        s.Area = Area.Trim();
        s.PeriodFrom = PeriodFrom!.Value;
        s.PeriodTo = PeriodTo!.Value;
        s.Background = AdminForms.Blank(Background);
        s.Signatories = AdminForms.Lines(Signatories);
        s.AgreementId = AgreementId;
        s.Report = AdminForms.Blank(Report);
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "slug" => ("Input.Slug", "Adress (slug)"),
        "title" => ("Input.Title", "Rubrik"),
        "area" => ("Input.Area", "Område"),
        "from" => ("Input.PeriodFrom", "Periodens början"),
        "to" => ("Input.PeriodTo", "Periodens slut"),
        "background" => ("Input.Background", "Bakgrund"),
        "signatories" => ("Input.Signatories", "Undertecknat av"),
        "agreement" => ("Input.AgreementId", "Samverkansöverenskommelse"),
        "report" => ("Input.Report", "Uppföljningsrapport"),
        _ => (string.Empty, field),
    };
}

internal sealed class PromiseForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Löftet")]
    public string Text { get; set; } = string.Empty;

    [Display(Name = "Vem lovar (en per rad)")]
    public string? Promisors { get; set; }

    [Display(Name = "Aktiviteter (en per rad)")]
    public string? Activities { get; set; }

    [Display(Name = "Så mäts det om löftet lyckas")]
    public string? SuccessMeasure { get; set; }

    [Display(Name = "Status")]
    public PromiseStatus Status { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Framsteg i procent")]
    public int? Progress { get; set; }

    /// <summary>Chosen from the plan's public measures (checkboxes); a value may hold several lines, as a recipe or
    /// an older client writes them.</summary>
    [Display(Name = "Åtgärder i åtgärdsplanen")]
    public List<string> Measures { get; set; } = [];

    [Display(Name = "Ordning")]
    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    public static PromiseForm Of(Promise p) => new()
    {
        Text = p.Text, Promisors = AdminForms.Lines(p.Promisors), Activities = AdminForms.Lines(p.Activities), SuccessMeasure = p.SuccessMeasure,
        Status = p.Status, Progress = p.Progress, Measures = [.. p.MeasureSlugs], SortOrder = p.SortOrder, Version = p.Version,
    };

    public void ApplyTo(Promise p)
    {
        p.Text = Text.Trim();
        p.Promisors = AdminForms.Lines(Promisors);
        p.Activities = AdminForms.Lines(Activities);
        p.SuccessMeasure = AdminForms.Blank(SuccessMeasure);
        p.Status = Status;
        p.Progress = Progress!.Value;
        p.MeasureSlugs = Measures.SelectMany(AdminForms.Lines).Distinct(StringComparer.Ordinal).ToList();
        p.SortOrder = Math.Clamp(SortOrder, 0, 1000);
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "text" => ("Input.Text", "Löftet"),
        "promisors" => ("Input.Promisors", "Vem lovar"),
        "activities" => ("Input.Activities", "Aktiviteter"),
        "successMeasure" => ("Input.SuccessMeasure", "Så mäts det om löftet lyckas"),
        "status" => ("Input.Status", "Status"),
        "progress" => ("Input.Progress", "Framsteg"),
        "measures" => ("Input.Measures", "Åtgärder i åtgärdsplanen"),
        _ => (string.Empty, field),
    };
}

internal sealed class FollowUpForm
{
    public const int Slots = 3;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Rubrik")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Vad som har gjorts")]
    public string Text { get; set; } = string.Empty;

    public List<FigureRow> Figures { get; set; } = [];

    public List<ImageRow> Images { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>Fills the empty rows the form shows, so there are always <see cref="Slots"/> of each.</summary>
    public FollowUpForm Padded()
    {
        while (Figures.Count < Slots)
        {
            Figures.Add(new FigureRow());
        }

        while (Images.Count < Slots)
        {
            Images.Add(new ImageRow());
        }

        return this;
    }

    public static FollowUpForm Of(PromiseFollowUp f) => new FollowUpForm
    {
        Date = f.Date, Title = f.Title, Text = f.Text, Version = f.Version,
        Figures = f.Figures.Select(x => new FigureRow { Label = x.Label, Value = x.Value }).ToList(),
        Images = f.Images.Select(x => new ImageRow { Url = x.Url, Alt = x.Alt }).ToList(),
    }.Padded();

    /// <summary>Copies the form; a row left wholly empty is no figure or image, a half-filled one is kept so the rules refuse it.</summary>
    public void ApplyTo(PromiseFollowUp f)
    {
        f.Date = Date!.Value;
        f.Title = Title.Trim();
        f.Text = Text.Trim();
        f.Figures = (Figures ?? []).Take(Slots).Where(x => !string.IsNullOrWhiteSpace(x.Label) || !string.IsNullOrWhiteSpace(x.Value))
            .Select(x => new FollowUpFigure { Label = x.Label?.Trim() ?? string.Empty, Value = x.Value?.Trim() ?? string.Empty }).ToList();
        f.Images = (Images ?? []).Take(Slots).Where(x => !string.IsNullOrWhiteSpace(x.Url) || !string.IsNullOrWhiteSpace(x.Alt))
            .Select(x => new FollowUpImage { Url = x.Url?.Trim() ?? string.Empty, Alt = x.Alt?.Trim() ?? string.Empty }).ToList();
    }

    /// <summary>Maps a rule's field to the input. Figure and image indexes are of the non-empty rows, which are
    /// the first rows unless staff skipped one, so the index is looked up among the rows actually filled.</summary>
    public (string Key, string Label) Field(string field)
    {
        if (field.StartsWith("figures[", StringComparison.Ordinal) || field.StartsWith("images[", StringComparison.Ordinal))
        {
            var isFigure = field[0] == 'f';
            var index = int.Parse(field[(field.IndexOf('[', StringComparison.Ordinal) + 1)..field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            var rows = isFigure
                ? (Figures ?? []).Select((x, i) => (Filled: !string.IsNullOrWhiteSpace(x.Label) || !string.IsNullOrWhiteSpace(x.Value), i))
                : (Images ?? []).Select((x, i) => (Filled: !string.IsNullOrWhiteSpace(x.Url) || !string.IsNullOrWhiteSpace(x.Alt), i));
            var slot = rows.Where(r => r.Filled).Select(r => r.i).ElementAtOrDefault(index);
            var part = field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..];
            return (isFigure, part) switch
            {
                (true, "label") => ($"Input.Figures[{slot}].Label", $"Benämning för siffra {slot + 1}"),
                (true, _) => ($"Input.Figures[{slot}].Value", $"Värde för siffra {slot + 1}"),
                (false, "url") => ($"Input.Images[{slot}].Url", $"Adress till bild {slot + 1}"),
                _ => ($"Input.Images[{slot}].Alt", $"Alternativtext för bild {slot + 1}"),
            };
        }

        return field switch
        {
            "date" => ("Input.Date", "Datum"),
            "title" => ("Input.Title", "Rubrik"),
            "text" => ("Input.Text", "Vad som har gjorts"),
            _ => (string.Empty, field),
        };
    }
}

internal sealed class FigureRow
{
    public string? Label { get; set; }

    public string? Value { get; set; }
}

internal sealed class ImageRow
{
    public string? Url { get; set; }

    public string? Alt { get; set; }
}
