using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.Partners.Organisations;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

internal sealed class OrganisationForm
{
    [Display(Name = "Namn")]
    [Required(ErrorMessage = "{0} måste anges.")]
    [StringLength(OrganisationRules.NameLength, ErrorMessage = "{0} får vara högst {1} tecken.")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Typ av organisation")]
    public OrganisationKind Kind { get; set; } = OrganisationKind.Annan;

    [Display(Name = "Kontaktperson")]
    [StringLength(200, ErrorMessage = "{0} får vara högst {1} tecken.")]
    public string? ContactName { get; set; }

    [Display(Name = "Kontaktens e-postadress")]
    [StringLength(256, ErrorMessage = "{0} får vara högst {1} tecken.")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Ansvarigt organ i åtgärdsplanen (slug)")]
    [StringLength(80, ErrorMessage = "{0} får vara högst {1} tecken.")]
    public string? ResponsibleBodySlug { get; set; }

    public Guid Version { get; set; }

    public static OrganisationForm Of(Organisation o) => new()
    {
        Name = o.Name,
        Kind = o.Kind,
        ContactName = o.ContactName,
        ContactEmail = o.ContactEmail,
        ResponsibleBodySlug = o.ResponsibleBodySlug,
        Version = o.Version,
    };

    public void ApplyTo(Organisation o)
    {
        o.Name = (Name ?? string.Empty).Trim();
        o.Kind = Kind;
        o.ContactName = Blank(ContactName);
        o.ContactEmail = Blank(ContactEmail);
        o.ResponsibleBodySlug = Blank(ResponsibleBodySlug);
    }

    /// <summary>The form field and label of a rule's field name.</summary>
    public static (string Key, string Label) Field(string field) => field switch
    {
        "name" => ("Input.Name", "Namn"),
        "kind" => ("Input.Kind", "Typ av organisation"),
        "contactEmail" => ("Input.ContactEmail", "Kontaktens e-postadress"),
        _ => ("Input.ResponsibleBodySlug", "Ansvarigt organ i åtgärdsplanen"),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
