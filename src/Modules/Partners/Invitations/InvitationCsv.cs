using System.ComponentModel.DataAnnotations;
using System.Text;
using Trygghet.Modules.Partners.Organisations;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Partners.Invitations;

/// <summary>Reads an invitation list: columns email, name, organisation (comma or semicolon separated, as
/// Swedish Excel writes it; an optional header line). Every line is checked before anything is invited, and
/// each problem names its line number as a spreadsheet shows it, so a list is taken whole or not at all.</summary>
internal static class InvitationCsv
{
    public const int MaxLines = 500;

    internal sealed record Result(IReadOnlyList<InvitationRequest> Requests, IReadOnlyList<string> Problems);

    public static Result Read(string text, IReadOnlyList<Organisation> organisations)
    {
        var byName = organisations.ToDictionary(o => o.Name.Trim(), StringComparer.OrdinalIgnoreCase);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var requests = new List<InvitationRequest>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var separator = lines.FirstOrDefault(l => l.Trim().Length > 0) is { } first && first.Contains(';', StringComparison.Ordinal) && !first.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(lines[i], separator);
            if (requests.Count == 0 && problems.Count == 0 && fields.Count > 0 && fields[0].Trim().Equals("email", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (number > MaxLines)
            {
                problems.Add($"Rad {number}: listan får ha högst {MaxLines} rader; dela upp den.");
                break;
            }

            if (fields.Count != 3)
            {
                problems.Add($"Rad {number}: raden ska ha tre fält (e-post, namn, organisation), men har {fields.Count}.");
                continue;
            }

            var (email, name, organisationName) = (HiddenCharacters.Normalize(fields[0].Trim()), fields[1].Trim(), fields[2].Trim());
            if (HiddenCharacters.Contains(email))
            {
                problems.Add($"Rad {number}: e-postadressen \"{Shorten(HiddenCharacters.Strip(email))}\" {HiddenCharacters.Problem}.");
            }
            else if (email.Length == 0 || email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
            {
                problems.Add($"Rad {number}: e-postadressen \"{Shorten(email)}\" är inte giltig.");
            }
            else if (!seen.Add(email))
            {
                problems.Add($"Rad {number}: e-postadressen {email} finns redan tidigare i listan.");
            }

            if (name.Length == 0 || name.Length > 200)
            {
                problems.Add($"Rad {number}: namnet måste anges (högst 200 tecken).");
            }

            if (!byName.TryGetValue(organisationName, out var organisation))
            {
                problems.Add($"Rad {number}: organisationen \"{Shorten(organisationName)}\" finns inte; lägg till den under Partnerorganisationer först.");
                continue;
            }

            requests.Add(new InvitationRequest(email, name, organisation));
        }

        if (problems.Count == 0 && requests.Count == 0)
        {
            problems.Add("Filen innehåller inga personer att bjuda in.");
        }

        return problems.Count == 0 ? new Result(requests, []) : new Result([], problems);
    }

    /// <summary>One line's fields; a field in double quotes may hold the separator and "" for a quote.</summary>
    private static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
