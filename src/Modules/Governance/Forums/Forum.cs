using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Governance.Forums;

/// <summary>A body of the governance model (Trygghetsrådet, the coordination group, the samverkansråd,
/// operational resources): its purpose, tasks, composition, functions and meeting-frequency target.</summary>
internal sealed class Forum : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public ForumKind Kind { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public List<string> Tasks { get; set; } = [];

    public List<ForumSeat> Seats { get; set; } = [];

    /// <summary>Ordförande.</summary>
    public string? Chair { get; set; }

    /// <summary>Sammankallande.</summary>
    public string? Convener { get; set; }

    /// <summary>Föredragande.</summary>
    public string? Presenter { get; set; }

    /// <summary>Sammanställande.</summary>
    public string? Compiler { get; set; }

    public string? Resources { get; set; }

    public int? MinMeetingsPerYear { get; set; }

    public int? MaxMeetingsPerYear { get; set; }

    public string? MeetingFrequencyNote { get; set; }

    public int SortOrder { get; set; }

    public Guid Version { get; set; }

    public int SeatCount(SeatKind kind) => Seats.Where(s => s.Kind == kind && s.Condition is null).Sum(s => s.Count);
}
