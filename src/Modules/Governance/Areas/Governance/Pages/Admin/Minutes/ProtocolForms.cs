using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.Governance.Minutes;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>The attendance list as the secretary marks it: one status per person, in the protokoll's order.</summary>
internal sealed class AttendanceForm
{
    public List<AttendanceRow> Rows { get; set; } = [];

    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Justerare")]
    public string? Justerare { get; set; }

    public Guid Version { get; set; }

    public static AttendanceForm Of(Protocol protocol) => new()
    {
        Rows = protocol.Attendance.Select(a => new AttendanceRow { Status = a.Status, ServingFor = a.ServingFor }).ToList(),
        Justerare = protocol.Justerare,
        Version = protocol.Version,
    };
}

internal sealed class AttendanceRow
{
    [Display(Name = "Närvaro")]
    public AttendanceStatus Status { get; set; }

    [StringLength(200, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Tjänstgör för")]
    public string? ServingFor { get; set; }
}

/// <summary>Recording that the protokoll was justerat: on which day, and by whom as it is signed.</summary>
internal sealed class AdjustForm
{
    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Justerat den")]
    public DateOnly? AdjustedOn { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Justerat av")]
    public string? AdjustedBy { get; set; }

    public Guid Version { get; set; }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "adjustedOn" => ("Adjust.AdjustedOn", "Justerat den"),
        "adjustedBy" => ("Adjust.AdjustedBy", "Justerat av"),
        "protocol" => (string.Empty, "Protokollet"),
        _ => (string.Empty, field),
    };
}
