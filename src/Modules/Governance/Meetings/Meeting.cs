using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>A meeting (sammanträde) of a forum. Times are entered and shown as Europe/Stockholm local time
/// and stored as UTC (<see cref="Portal.Core.Time.SwedishTime"/>).</summary>
internal sealed class Meeting : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ForumId { get; set; }

    /// <summary>UTC. DateTime rather than DateTimeOffset because SQLite cannot order or compare the latter.</summary>
    public DateTime StartsUtc { get; set; }

    /// <summary>UTC.</summary>
    public DateTime EndsUtc { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    public MeetingStatus Status { get; set; }

    /// <summary>iCalendar SEQUENCE: raised on every saved change, so calendar clients replace their copy.</summary>
    public int Sequence { get; set; }

    /// <summary>When the kallelse (notice with its föredragningslista) was published; null while it is not.
    /// Only a published agenda's public items reach the citizen site.</summary>
    public DateTime? KallelsePublishedUtc { get; set; }

    /// <summary>The föredragningslista, in order.</summary>
    public List<AgendaItem> Items { get; set; } = [];

    public Guid Version { get; set; }
}
