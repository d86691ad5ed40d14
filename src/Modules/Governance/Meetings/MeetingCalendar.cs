using System.Globalization;
using System.Text;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Writes meetings as an iCalendar file (RFC 5545) by hand: CRLF line ends, lines folded at 75 octets,
/// local times with TZID Europe/Stockholm and its VTIMEZONE, a UID per meeting that edits keep (the meeting's
/// id), SEQUENCE raised on every change, STATUS:CANCELLED for inställt. No agenda content: the calendar is
/// public, and a link to the meeting page carries the published agenda.</summary>
internal static class MeetingCalendar
{
    private const string Tzid = "Europe/Stockholm";

    /// <summary>EU summer time rules (since 1996), which Sweden follows.</summary>
    private static readonly string[] TimeZone =
    [
        "BEGIN:VTIMEZONE",
        "TZID:" + Tzid,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static string Write(string calendarName, IEnumerable<(Meeting Meeting, string ForumName)> meetings, string origin, DateTime nowUtc)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Trygghet.Portal//Sammanträden//SV",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Text(calendarName),
            "X-WR-TIMEZONE:" + Tzid,
        };
        lines.AddRange(TimeZone);
        foreach (var (meeting, forum) in meetings)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{meeting.Id}@trygghet-portal");
            lines.Add("DTSTAMP:" + nowUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            lines.Add($"DTSTART;TZID={Tzid}:{Local(meeting.StartsUtc)}");
            lines.Add($"DTEND;TZID={Tzid}:{Local(meeting.EndsUtc)}");
            lines.Add("SEQUENCE:" + meeting.Sequence.ToString(CultureInfo.InvariantCulture));
            lines.Add("SUMMARY:" + Text($"{forum}: sammanträde"));
            if ((meeting.Place ?? meeting.OnlineLink) is { } location)
            {
                lines.Add("LOCATION:" + Text(location));
            }

            lines.Add($"URL:{origin}/sammantraden/{meeting.Id}");
            lines.Add("STATUS:" + meeting.Status switch
            {
                MeetingStatus.Installt => "CANCELLED",
                MeetingStatus.Planerat => "TENTATIVE",
                _ => "CONFIRMED",
            });
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var output = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, output);
        }

        return output.ToString();
    }

    private static string Local(DateTime utc) =>
        SwedishTime.ToLocal(new DateTimeOffset(utc, TimeSpan.Zero)).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping (RFC 5545 3.3.11).</summary>
    private static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Folds at 75 octets of UTF-8 (continuations start with a space, which counts), never inside a character.</summary>
    internal static void Fold(string line, StringBuilder output)
    {
        var budget = 75;
        var used = 0;
        var runes = line.EnumerateRunes();
        foreach (var rune in runes)
        {
            var size = rune.Utf8SequenceLength;
            if (used + size > budget)
            {
                output.Append("\r\n ");
                used = 1;
            }

            output.Append(rune.ToString());
            used += size;
        }

        output.Append("\r\n");
    }
}
