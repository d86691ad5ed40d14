using System.Globalization;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>How a decision is cited and where it lives: "Trygghetsrådet 2026-03-12 § 4" at
/// /beslut/trygghetsradet/2026/4. Both stay the same for as long as the paragraph exists.</summary>
internal static class DecisionCitation
{
    public static string Of(string forumName, DateOnly meetingDay, int number) =>
        $"{forumName} {meetingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} § {number.ToString(CultureInfo.InvariantCulture)}";

    public static string PathOf(string forumSlug, int year, int number) =>
        FormattableString.Invariant($"/beslut/{forumSlug}/{year}/{number}");
}
