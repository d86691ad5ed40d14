using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>A paragraph as the secretary writes it. The § number is shown, never entered: it comes from
/// <see cref="MinutesWork"/>, and a posted number that differs from it is refused.</summary>
internal sealed class ParagraphForm : IClassifiedInput
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Rubrik")]
    public string Title { get; set; } = string.Empty;

    [StringLength(40, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Diarienummer")]
    public string? CaseNumber { get; set; }

    [StringLength(8000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Ärendebeskrivning")]
    public string? Body { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(8000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Beslut")]
    public string Decision { get; set; } = string.Empty;

    [Display(Name = "Klassning")]
    public Classification Classification { get; set; }

    [StringLength(100, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Sekretessbestämmelse (OSL)")]
    public string? OslReference { get; set; }

    [Display(Name = "Sekretessmarkerat den")]
    public DateOnly? MarkedOn { get; set; }

    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Sekretessmarkerat av")]
    public string? MarkedBy { get; set; }

    /// <summary>Chosen from the plan's public measures (checkboxes); a value may hold several slugs separated by
    /// commas, as older clients posted them.</summary>
    [Display(Name = "Åtgärder som beslutet gäller")]
    public List<string> Measures { get; set; } = [];

    /// <summary>Only for a correction: why the justerad text is corrected.</summary>
    [StringLength(2000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Skäl till rättelsen")]
    public string? CorrectionReason { get; set; }

    /// <summary>Echoes the number the paragraph has (or null for a new one); never applied.</summary>
    [Display(Name = "Paragrafnummer")]
    public int? Number { get; set; }

    public Guid Version { get; set; }

    public static ParagraphForm Of(Paragraph p) => new()
    {
        Title = p.Title,
        CaseNumber = p.CaseNumber,
        Body = p.Body,
        Decision = p.Decision,
        Classification = p.Classification,
        OslReference = p.OslReference,
        MarkedOn = p.MarkedOn,
        MarkedBy = p.MarkedBy,
        Number = p.Number == 0 ? null : p.Number,
        Version = p.Version,
    };

    /// <summary>A marking belongs to Sekretess only, so for other classifications its fields are dropped.</summary>
    public void ApplyTo(Paragraph p, DateOnly today)
    {
        p.Title = Title.Trim();
        p.CaseNumber = Blank(CaseNumber);
        p.Body = Blank(Body);
        p.Decision = Decision.Trim();
        p.Classification = Classification;
        var secret = Classification == Classification.Sekretess;
        p.OslReference = secret ? Blank(OslReference) : null;
        p.MarkedBy = secret ? Blank(MarkedBy) : null;
        p.MarkedOn = secret ? MarkedOn ?? today : null;
        p.CorrectionReason = Blank(CorrectionReason);
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "title" => ("Input.Title", "Rubrik"),
        "caseNumber" => ("Input.CaseNumber", "Diarienummer"),
        "decision" => ("Input.Decision", "Beslut"),
        "classification" => ("Input.Classification", "Klassning"),
        "oslReference" => ("Input.OslReference", "Sekretessbestämmelse"),
        "correctionReason" => ("Input.CorrectionReason", "Skäl till rättelsen"),
        "measures" => ("Input.Measures", "Åtgärder som beslutet gäller"),
        "protocol" => (string.Empty, "Protokollet"),
        "paragraph" => (string.Empty, string.Empty),
        _ => (string.Empty, field),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
