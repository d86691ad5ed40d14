using System.ComponentModel.DataAnnotations;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

internal sealed class ForumForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(4000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Syfte")]
    public string Purpose { get; set; } = string.Empty;

    [StringLength(12000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Uppgifter")]
    public string? Tasks { get; set; }

    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Ordförande")]
    public string? Chair { get; set; }

    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Sammankallande")]
    public string? Convener { get; set; }

    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Föredragande")]
    public string? Presenter { get; set; }

    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Sammanställande")]
    public string? Compiler { get; set; }

    [Range(0, 52, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Minst")]
    public int? MinMeetingsPerYear { get; set; }

    [Range(0, 52, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
    [Display(Name = "Högst")]
    public int? MaxMeetingsPerYear { get; set; }

    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Kommentar till mötesfrekvensen")]
    public string? MeetingFrequencyNote { get; set; }

    [StringLength(1000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Resurser")]
    public string? Resources { get; set; }

    public Guid Version { get; set; }
}
