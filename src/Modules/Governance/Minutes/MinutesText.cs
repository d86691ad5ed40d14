using Trygghet.Modules.Governance.Forums;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>Swedish words for the protokoll's states; the pages pass them through the localizer.</summary>
internal static class MinutesText
{
    public static string Kind(SeatKind kind) => kind switch
    {
        SeatKind.Ersattare => "Ersättare",
        SeatKind.Adjungerad => "Adjungerad",
        _ => "Ledamot",
    };

    public static string Status(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Franvarande => "Frånvarande",
        AttendanceStatus.Tjanstgorande => "Tjänstgörande ersättare",
        _ => "Närvarande",
    };

    public static string Status(Attendance row) =>
        row.Status == AttendanceStatus.Tjanstgorande && row.ServingFor is not null ? $"Tjänstgörande ersättare för {row.ServingFor}" : Status(row.Status);

    public static string State(Paragraph paragraph, Protocol protocol) =>
        paragraph.CorrectsNumber is { } corrected ? $"Rättelse av § {corrected}"
        : protocol.IsAdjusted ? "Justerad"
        : paragraph.ImmediatelyAdjustedUtc is not null ? "Omedelbart justerad"
        : "Utkast";
}
