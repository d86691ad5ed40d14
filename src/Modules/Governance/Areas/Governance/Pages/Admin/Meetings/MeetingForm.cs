using System.ComponentModel.DataAnnotations;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>A meeting as staff enter it: one Swedish calendar day with a start and an end time.</summary>
internal sealed class MeetingForm
{
    [Display(Name = "Forum")]
    public Guid ForumId { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Starttid")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = "Ange {0}.")]
    [Display(Name = "Sluttid")]
    public TimeOnly? End { get; set; }

    [StringLength(300, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Plats")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "{0} får ha högst {1} tecken.")]
    [Display(Name = "Länk till digitalt möte")]
    public string? OnlineLink { get; set; }

    [Display(Name = "Status")]
    public MeetingStatus Status { get; set; }

    public Guid Version { get; set; }

    public static MeetingForm Of(Meeting m)
    {
        var start = SwedishTime.ToLocal(new DateTimeOffset(m.StartsUtc, TimeSpan.Zero));
        var end = SwedishTime.ToLocal(new DateTimeOffset(m.EndsUtc, TimeSpan.Zero));
        return new MeetingForm
        {
            ForumId = m.ForumId,
            Date = DateOnly.FromDateTime(start),
            Start = TimeOnly.FromDateTime(start),
            End = TimeOnly.FromDateTime(end),
            Place = m.Place,
            OnlineLink = m.OnlineLink,
            Status = m.Status,
            Version = m.Version,
        };
    }

    /// <summary>Problems of the form itself that the meeting rules cannot see (a date outside any sensible range).</summary>
    public IEnumerable<(string Key, string Message)> CheckDate()
    {
        if (Date is { Year: < 2000 or > 2100 })
        {
            yield return ("Input.Date", "Datum måste ligga mellan år 2000 och 2100.");
        }
    }

    /// <summary>Copies the form onto <paramref name="m"/>; call only when the form and its date are valid.</summary>
    public void ApplyTo(Meeting m)
    {
        m.StartsUtc = SwedishTime.FromLocal(Date!.Value.ToDateTime(Start!.Value)).UtcDateTime;
        m.EndsUtc = SwedishTime.FromLocal(Date.Value.ToDateTime(End!.Value)).UtcDateTime;
        m.Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
        m.OnlineLink = string.IsNullOrWhiteSpace(OnlineLink) ? null : OnlineLink.Trim();
        m.Status = Enum.IsDefined(Status) ? Status : MeetingStatus.Planerat;
    }

    public static (string Key, string Label) Field(string field) => field switch
    {
        "end" => ("Input.End", "Sluttid"),
        "place" => ("Input.Place", "Plats"),
        "onlineLink" => ("Input.OnlineLink", "Länk till digitalt möte"),
        "status" => ("Input.Status", "Status"),
        _ => (string.Empty, field),
    };
}
