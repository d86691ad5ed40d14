using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

internal sealed class SituationForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Adressnamn (slug)")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Period från")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Period till")]
    public DateOnly? To { get; set; }

    [StringLength(8000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Offentlig sammanfattning")]
    public string? Summary { get; set; }

    [StringLength(100, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Fastställd av Trygghetsrådet (beslut)")]
    public string? DecisionReference { get; set; }

    [Display(Name = "Fastställd den")]
    public DateOnly? SetOn { get; set; }

    public Guid Version { get; set; }

    public static SituationForm Of(SituationReport r) => new()
    {
        Title = r.Title, Slug = r.Slug, From = r.From, To = r.To, Summary = r.Summary, DecisionReference = r.DecisionReference, SetOn = r.SetOn, Version = r.Version,
    };

    public IEnumerable<(string Key, string Message)> Problems()
    {
        if (!Portal.Core.Text.Slug.IsValid(Slug))
        {
            yield return ("Input.Slug", "Adressnamn får bara innehålla a–z, 0–9 och bindestreck.");
        }

        if (From is { } from && To is { } to && to < from)
        {
            yield return ("Input.To", "Period till får inte vara före startdatumet.");
        }
    }

    public void ApplyTo(SituationReport r)
    {
        r.Title = Title.Trim();
        r.Slug = Slug.Trim();
        r.From = From!.Value;
        r.To = To!.Value;
        r.Summary = string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim();
        r.DecisionReference = string.IsNullOrWhiteSpace(DecisionReference) ? null : DecisionReference.Trim();
        r.SetOn = SetOn;
    }
}

internal sealed class SectionForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Rubrik")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Adressnamn (slug)")]
    public string Slug { get; set; } = string.Empty;

    [StringLength(20000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Text")]
    public string? Text { get; set; }

    [Display(Name = "Klassning")]
    public Classification Classification { get; set; } = Classification.Intern;

    public Guid Version { get; set; }

    public static SectionForm Of(SituationSection s) => new() { Title = s.Title, Slug = s.Slug, Text = s.Text, Classification = s.Classification, Version = s.Version };

    public IEnumerable<(string Key, string Message)> Problems()
    {
        if (!Portal.Core.Text.Slug.IsValid(Slug))
        {
            yield return ("Input.Slug", "Adressnamn får bara innehålla a–z, 0–9 och bindestreck.");
        }

        if (Classification is not (Classification.Offentlig or Classification.Intern))
        {
            yield return ("Input.Classification", "Klassning kan bara vara Offentlig eller Intern.");
        }
    }

    public void ApplyTo(SituationSection s)
    {
        s.Title = Title.Trim();
        s.Slug = Slug.Trim();
        s.Text = Text?.Trim() ?? string.Empty;
        s.Classification = Classification;
    }
}
