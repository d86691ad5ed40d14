using Trygghet.Modules.Governance.Forums;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>One person's attendance at a meeting, as the protokoll records it.</summary>
internal sealed class Attendance
{
    /// <summary>The membership the row was taken from; null for a person added by hand.</summary>
    public Guid? MembershipId { get; set; }

    public string PersonName { get; set; } = string.Empty;

    public SeatKind Kind { get; set; }

    public string? Organisation { get; set; }

    public string? Party { get; set; }

    public AttendanceStatus Status { get; set; }

    /// <summary>For a substitute serving: the member whose place they take.</summary>
    public string? ServingFor { get; set; }

    /// <summary>The same person with another status: a new row, so the protokoll's list changes as a whole value.</summary>
    public Attendance Marked(AttendanceStatus status, string? servingFor) => new()
    {
        MembershipId = MembershipId,
        PersonName = PersonName,
        Kind = Kind,
        Organisation = Organisation,
        Party = Party,
        Status = status,
        ServingFor = servingFor,
    };
}

/// <summary>Närvarande, frånvarande, or (for an ersättare) tjänstgörande in a member's place.</summary>
internal enum AttendanceStatus
{
    Narvarande = 0,
    Franvarande = 1,
    Tjanstgorande = 2,
}
