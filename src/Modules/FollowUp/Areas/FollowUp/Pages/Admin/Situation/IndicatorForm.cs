using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>An indicator's description; its values come by CSV import (or the recipe), a year at a time.</summary>
internal sealed class IndicatorForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Adressnamn (slug)")]
    public string Slug { get; set; } = string.Empty;

    [StringLength(40, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Enhet")]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Källa")]
    public string Source { get; set; } = string.Empty;

    [StringLength(2000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    [Display(Name = "Avsnitt")]
    public Guid? SectionId { get; set; }

    [Display(Name = "Klassning")]
    public Classification Classification { get; set; } = Classification.Intern;

    public Guid Version { get; set; }

    public static IndicatorForm Of(Indicator i) => new()
    {
        Name = i.Name, Slug = i.Slug, Unit = i.Unit, Source = i.Source, Description = i.Description,
        SectionId = i.SectionId, Classification = i.Classification, Version = i.Version,
    };

    /// <param name="sections">The sections of the indicator's own lägesbild.</param>
    public IEnumerable<(string Key, string Message)> Problems(IReadOnlyList<SituationSection> sections)
    {
        if (!Portal.Core.Text.Slug.IsValid(Slug))
        {
            yield return ("Input.Slug", "Adressnamn får bara innehålla a–z, 0–9 och bindestreck.");
        }

        if (Classification is not (Classification.Offentlig or Classification.Intern))
        {
            yield return ("Input.Classification", "Klassning kan bara vara Offentlig eller Intern.");
        }

        if (SectionId is { } section && sections.All(s => s.Id != section))
        {
            yield return ("Input.SectionId", "Välj ett avsnitt i listan.");
        }
    }

    public void ApplyTo(Indicator i)
    {
        i.Name = Name.Trim();
        i.Slug = Slug.Trim();
        i.Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        i.Source = Source.Trim();
        i.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        i.SectionId = SectionId;
        i.Classification = Classification;
    }
}
