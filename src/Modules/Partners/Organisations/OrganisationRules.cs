using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Trygghet.Modules.Partners.Organisations;

/// <summary>What an organisation must satisfy, for the admin form and the recipe alike: (field, problem).</summary>
internal static partial class OrganisationRules
{
    public const int NameLength = 200;

    public static IEnumerable<(string Field, string Problem)> Check(Organisation organisation)
    {
        if (string.IsNullOrWhiteSpace(organisation.Name))
        {
            yield return ("name", "måste anges");
        }
        else if (organisation.Name.Length > NameLength)
        {
            yield return ("name", $"får vara högst {NameLength} tecken");
        }

        if (!Enum.IsDefined(organisation.Kind))
        {
            yield return ("kind", "måste vara en av typerna i listan");
        }

        if (organisation.ContactEmail is { Length: > 0 } email && !new EmailAddressAttribute().IsValid(email))
        {
            yield return ("contactEmail", "är ingen giltig e-postadress");
        }

        if (organisation.ResponsibleBodySlug is { Length: > 0 } slug && !Slug().IsMatch(slug))
        {
            yield return ("responsibleBody", "måste vara en slug: små bokstäver a–z, siffror och bindestreck");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
