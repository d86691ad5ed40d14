using System.Globalization;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>How a meeting's time reads in Swedish: "torsdag 12 mars 2026, 13.00–15.00".</summary>
internal static class MeetingTimes
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static DateTime LocalStart(Meeting meeting) => SwedishTime.ToLocal(new DateTimeOffset(meeting.StartsUtc, TimeSpan.Zero));

    public static DateTime LocalEnd(Meeting meeting) => SwedishTime.ToLocal(new DateTimeOffset(meeting.EndsUtc, TimeSpan.Zero));

    public static string Describe(Meeting meeting)
    {
        var start = LocalStart(meeting);
        var end = LocalEnd(meeting);
        var day = start.ToString("dddd d MMMM yyyy", Swedish);
        var endText = end.Date == start.Date ? end.ToString("HH.mm", Swedish) : end.ToString("d MMMM yyyy HH.mm", Swedish);
        return $"{day}, {start.ToString("HH.mm", Swedish)}–{endText}";
    }

    /// <summary>For datetime attributes of &lt;time&gt;: local time with its offset.</summary>
    public static string Iso(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), SwedishTime.Zone).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
}
