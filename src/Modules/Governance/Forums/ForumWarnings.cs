using Trygghet.Modules.Governance.Memberships;

namespace Trygghet.Modules.Governance.Forums;

/// <summary>Rules of the governance model a forum can break while it works: shown as warnings in the back
/// office, never enforced (a forum may well run short of members for a while).</summary>
internal static class ForumWarnings
{
    /// <param name="current">The forum's memberships that run today.</param>
    /// <param name="meetingsThisYear">Meetings of the forum this calendar year that are not cancelled; null when unknown.</param>
    public static IReadOnlyList<string> For(Forum forum, IReadOnlyCollection<Membership> current, int? meetingsThisYear)
    {
        var warnings = new List<string>();
        var seats = forum.SeatCount(SeatKind.Ledamot);
        var members = current.Count(m => m.Kind == SeatKind.Ledamot);
        if (members < seats)
        {
            warnings.Add($"För få ledamöter: {members} av {seats} enligt sammansättningen.");
        }

        if (forum.Chair is not null && !current.Any(m => m.Functions.HasFlag(MembershipFunctions.Ordforande)))
        {
            warnings.Add("Ingen ordförande är utsedd.");
        }

        if (meetingsThisYear is { } planned && forum.MinMeetingsPerYear is { } min && planned < min)
        {
            warnings.Add($"För få möten i år: {planned} planerade, målet är minst {min}.");
        }

        return warnings;
    }
}
