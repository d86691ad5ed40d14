namespace Trygghet.Modules.Governance.Contracts;

/// <summary>The forums' meetings, for other modules' back-office pickers (news links to meetings). Cancelled meetings
/// are included, so a link to one stays visible and can be removed.</summary>
public interface IMeetingDirectory
{
    /// <summary>Meetings whose forum name contains <paramref name="search"/> (all when empty), nearest to today
    /// first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<MeetingSummary>> ListAsync(string? search, int take, CancellationToken cancellationToken);

    /// <summary>The meetings with these ids; unknown ids are left out.</summary>
    Task<IReadOnlyList<MeetingSummary>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}

/// <param name="Title">Forum and time in Swedish, e.g. "Trygghetsrådet, torsdag 10 december 2026, 13.00–15.00".</param>
/// <param name="Status">Planerat, Kallat, Genomfört or Inställt.</param>
public sealed record MeetingSummary(Guid Id, string Title, DateTimeOffset Starts, string Status);
