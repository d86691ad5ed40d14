using Trygghet.Modules.Governance.Forums;

namespace Trygghet.Modules.Governance.Memberships;

/// <summary>Business rules for a membership, shared by the recipe step and the admin forms; each problem
/// names its field, and how a citizen reads a membership's role.</summary>
internal static class MembershipRules
{
    public static IEnumerable<(string Field, string Problem)> Check(Membership membership)
    {
        if (string.IsNullOrWhiteSpace(membership.PersonName))
        {
            yield return ("name", "får inte vara tomt");
        }

        if (membership.To is { } to && to < membership.From)
        {
            yield return ("to", "får inte vara före startdatumet");
        }

        if (membership.From.Year is < 1900 or > 2200)
        {
            yield return ("from", "måste vara ett rimligt datum");
        }
    }

    /// <summary>"Ledamot, ordförande och sammankallande", "Adjungerad".</summary>
    public static string DescribeRole(SeatKind kind, MembershipFunctions functions)
    {
        var parts = new List<string>
        {
            kind switch { SeatKind.Ersattare => "Ersättare", SeatKind.Adjungerad => "Adjungerad", _ => "Ledamot" },
        };
        parts.AddRange(FunctionNames(functions));
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " och " + parts[^1];
    }

    public static IEnumerable<string> FunctionNames(MembershipFunctions functions)
    {
        if (functions.HasFlag(MembershipFunctions.Ordforande))
        {
            yield return "ordförande";
        }

        if (functions.HasFlag(MembershipFunctions.Sammankallande))
        {
            yield return "sammankallande";
        }

        if (functions.HasFlag(MembershipFunctions.Foredragande))
        {
            yield return "föredragande";
        }

        if (functions.HasFlag(MembershipFunctions.Sammanstallande))
        {
            yield return "sammanställande";
        }
    }
}
