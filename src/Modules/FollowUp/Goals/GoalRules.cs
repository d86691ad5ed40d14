namespace Trygghet.Modules.FollowUp.Goals;

internal static class GoalRules
{
    public static bool IsValidSlug(string slug) =>
        slug.Length is > 0 and <= 80
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-');
}
