using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

internal sealed class AgendaItemForm : IClassifiedInput
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Rubrik")]
    public string Title { get; set; } = string.Empty;

    [StringLength(40, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Diarienummer")]
    public string? CaseNumber { get; set; }

    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Föredragande")]
    public string? Presenter { get; set; }

    [StringLength(8000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

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

    [Range(1, 500, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Plats i listan")]
    public int? Position { get; set; }

    /// <summary>The meeting's version: the agenda is saved with its meeting.</summary>
    public Guid Version { get; set; }

    public static AgendaItemForm Of(AgendaItem item, int position, Guid version) => new()
    {
        Title = item.Title,
        CaseNumber = item.CaseNumber,
        Presenter = item.Presenter,
        Description = item.Description,
        Classification = item.Classification,
        OslReference = item.OslReference,
        MarkedOn = item.MarkedOn,
        MarkedBy = item.MarkedBy,
        Position = position,
        Version = version,
    };

    /// <summary>Copies the form onto <paramref name="item"/>. A marking belongs to Sekretess only, so for other
    /// classifications its fields are dropped rather than refused.</summary>
    public void ApplyTo(AgendaItem item, DateOnly today)
    {
        item.Title = Title.Trim();
        item.CaseNumber = Blank(CaseNumber);
        item.Presenter = Blank(Presenter);
        item.Description = Blank(Description);
        item.Classification = Classification;
        var secret = Classification == Classification.Sekretess;
        item.OslReference = secret ? Blank(OslReference) : null;
        item.MarkedBy = secret ? Blank(MarkedBy) : null;
        item.MarkedOn = secret ? MarkedOn ?? today : null;
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "title" => ("Input.Title", "Rubrik"),
        "caseNumber" => ("Input.CaseNumber", "Diarienummer"),
        "classification" => ("Input.Classification", "Klassning"),
        "oslReference" => ("Input.OslReference", "Sekretessbestämmelse"),
        _ => (string.Empty, field),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
