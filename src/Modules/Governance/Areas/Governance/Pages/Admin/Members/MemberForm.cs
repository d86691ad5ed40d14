using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

internal sealed class MemberForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Namn")]
    public string PersonName { get; set; } = string.Empty;

    [Display(Name = "Typ av uppdrag")]
    public SeatKind Kind { get; set; }

    [Display(Name = "Ordförande")]
    public bool Ordforande { get; set; }

    [Display(Name = "Sammankallande")]
    public bool Sammankallande { get; set; }

    [Display(Name = "Föredragande")]
    public bool Foredragande { get; set; }

    [Display(Name = "Sammanställande")]
    public bool Sammanstallande { get; set; }

    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Organisation eller förvaltning")]
    public string? Organisation { get; set; }

    [StringLength(100, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Parti")]
    public string? Party { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Från och med")]
    public DateOnly? From { get; set; }

    [Display(Name = "Till och med")]
    public DateOnly? To { get; set; }

    [StringLength(256, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [NoHiddenCharacters]
    [EmailAddress(ErrorMessage = "{0} måste vara en e-postadress.")]
    [Display(Name = "Konto för inloggning (e-post)")]
    public string? AccountEmail { get; set; }

    public Guid Version { get; set; }

    public static MemberForm Of(Membership m, string? accountEmail = null) => new()
    {
        AccountEmail = accountEmail,
        PersonName = m.PersonName,
        Kind = m.Kind,
        Ordforande = m.Functions.HasFlag(MembershipFunctions.Ordforande),
        Sammankallande = m.Functions.HasFlag(MembershipFunctions.Sammankallande),
        Foredragande = m.Functions.HasFlag(MembershipFunctions.Foredragande),
        Sammanstallande = m.Functions.HasFlag(MembershipFunctions.Sammanstallande),
        Organisation = m.Organisation,
        Party = m.Party,
        From = m.From,
        To = m.To,
        Version = m.Version,
    };

    /// <summary>Copies the form onto <paramref name="m"/>; call only when the form itself is valid.</summary>
    public void ApplyTo(Membership m)
    {
        m.PersonName = PersonName.Trim();
        m.Kind = Enum.IsDefined(Kind) ? Kind : SeatKind.Ledamot;
        m.Functions = (Ordforande ? MembershipFunctions.Ordforande : 0)
            | (Sammankallande ? MembershipFunctions.Sammankallande : 0)
            | (Foredragande ? MembershipFunctions.Foredragande : 0)
            | (Sammanstallande ? MembershipFunctions.Sammanstallande : 0);
        m.Organisation = string.IsNullOrWhiteSpace(Organisation) ? null : Organisation.Trim();
        m.Party = string.IsNullOrWhiteSpace(Party) ? null : Party.Trim();
        m.From = From!.Value;
        m.To = To;
    }

    /// <summary>The form field a rule's field name belongs to, and its label for the message.</summary>
    public static (string Key, string Label) Field(string field) => field switch
    {
        "name" => ("Input.PersonName", "Namn"),
        "from" => ("Input.From", "Från och med"),
        "to" => ("Input.To", "Till och med"),
        "account" => ("Input.AccountEmail", "Konto för inloggning"),
        _ => (string.Empty, field),
    };
}
