using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Governance.Data;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>A municipality's forums hold some ten meetings a year, so the directory reads them all and sorts in memory.</summary>
internal sealed class MeetingDirectory(GovernanceDbContext db, TimeProvider clock) : IMeetingDirectory
{
    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(string? search, int take, CancellationToken cancellationToken)
    {
        var all = await SummariesAsync(db.Meetings.AsNoTracking(), cancellationToken);
        var now = clock.GetUtcNow();
        return all
            .Where(m => string.IsNullOrWhiteSpace(search) || m.Title.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(m => (m.Starts - now).Duration()).ThenBy(m => m.Starts)
            .Take(take).ToList();
    }

    public async Task<IReadOnlyList<MeetingSummary>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await SummariesAsync(db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)), cancellationToken);

    private async Task<IReadOnlyList<MeetingSummary>> SummariesAsync(IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        var forums = await db.Forums.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        return (await meetings.ToListAsync(cancellationToken))
            .Select(m => new MeetingSummary(m.Id, $"{forums.GetValueOrDefault(m.ForumId)}, {MeetingTimes.Describe(m)}",
                new DateTimeOffset(m.StartsUtc, TimeSpan.Zero), MeetingRules.Describe(m.Status)))
            .OrderBy(m => m.Starts).ToList();
    }
}
