namespace Trygghet.Modules.Governance.Forums;

/// <summary>A composition rule: who sits in the forum, in what capacity, how many, and when
/// (e.g. the fire-and-rescue director, adjungerad "vid behov").</summary>
internal sealed class ForumSeat
{
    public string Title { get; set; } = string.Empty;

    public SeatKind Kind { get; set; }

    public int Count { get; set; } = 1;

    public string? Organisation { get; set; }

    /// <summary>Null: always. Otherwise when the seat is filled, e.g. "Vid behov".</summary>
    public string? Condition { get; set; }
}
