using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Governance.Forums;

/// <summary>Business rules for a forum's definition, shared by the recipe step and the admin form.
/// Each problem names the field it concerns.</summary>
internal static class ForumRules
{
    public const int MaxTasks = 30;

    public static IEnumerable<(string Field, string Problem)> Check(Forum forum)
    {
        if (!Slug.IsValid(forum.Slug))
        {
            yield return ("slug", "får bara innehålla a–z, 0–9 och bindestreck");
        }

        if (string.IsNullOrWhiteSpace(forum.Name))
        {
            yield return ("name", "får inte vara tomt");
        }

        if (forum.MinMeetingsPerYear is < 0 or > 52)
        {
            yield return ("meetingsPerYear.min", "måste vara mellan 0 och 52");
        }

        if (forum.MaxMeetingsPerYear is < 0 or > 52)
        {
            yield return ("meetingsPerYear.max", "måste vara mellan 0 och 52");
        }

        if (forum.MinMeetingsPerYear is { } min && forum.MaxMeetingsPerYear is { } max && max < min)
        {
            yield return ("meetingsPerYear.max", "får inte vara mindre än min");
        }

        if (forum.Tasks.Count > MaxTasks)
        {
            yield return ("tasks", $"får ha högst {MaxTasks} uppgifter");
        }

        for (var i = 0; i < forum.Seats.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(forum.Seats[i].Title))
            {
                yield return ($"seats[{i}].title", "får inte vara tomt");
            }

            if (forum.Seats[i].Count is < 1 or > 100)
            {
                yield return ($"seats[{i}].count", "måste vara mellan 1 och 100");
            }
        }
    }

    /// <summary>"3–4 gånger per år", "2 gånger per år", or null when no target is set.</summary>
    public static string? DescribeFrequency(int? min, int? max) => (min, max) switch
    {
        (null, null) => null,
        ({ } a, { } b) when a == b => $"{a} gånger per år",
        ({ } a, { } b) => $"{a}–{b} gånger per år",
        ({ } a, null) => $"minst {a} gånger per år",
        (null, { } b) => $"högst {b} gånger per år",
    };
}
