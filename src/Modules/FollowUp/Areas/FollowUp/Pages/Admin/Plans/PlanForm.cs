using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.FollowUp.Plans;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

internal sealed class PlanForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(80, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Adressnamn (slug)")]
    public string Slug { get; set; } = string.Empty;

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string Title { get; set; } = string.Empty;

    [StringLength(4000, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Gäller från")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Gäller till")]
    public DateOnly? To { get; set; }

    [StringLength(100, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Beslut i kommunstyrelsen")]
    public string? DecisionReference { get; set; }

    [Display(Name = "Beslutsdatum")]
    public DateOnly? DecidedOn { get; set; }

    public Guid Version { get; set; }

    public static PlanForm Of(ActionPlan p) => new()
    {
        Slug = p.Slug, Title = p.Title, Description = p.Description, From = p.From, To = p.To,
        DecisionReference = p.DecisionReference, DecidedOn = p.DecidedOn, Version = p.Version,
    };

    public IEnumerable<(string Key, string Message)> Problems()
    {
        if (!Portal.Core.Text.Slug.IsValid(Slug))
        {
            yield return ("Input.Slug", "Adressnamn får bara innehålla a–z, 0–9 och bindestreck.");
        }

        if (From is { } from && To is { } to && to < from)
        {
            yield return ("Input.To", "Gäller till får inte vara före startdatumet.");
        }
    }

    public void ApplyTo(ActionPlan p)
    {
        p.Slug = Slug.Trim();
        p.Title = Title.Trim();
        p.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        p.From = From!.Value;
        p.To = To!.Value;
        p.DecisionReference = string.IsNullOrWhiteSpace(DecisionReference) ? null : DecisionReference.Trim();
        p.DecidedOn = DecidedOn;
    }
}
