using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;

namespace Trygghet.Modules.Governance.Minutes;

internal static class MinutesQueries
{
    /// <summary>A meeting's protokoll (tracked, for editing) and its paragraphs in § order; null when none is started.</summary>
    public static async Task<(Protocol Protocol, List<Paragraph> Paragraphs)?> FindProtocolAsync(this GovernanceDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var protocol = await db.Protocols.SingleOrDefaultAsync(p => p.MeetingId == meetingId, cancellationToken);
        if (protocol is null)
        {
            return null;
        }

        var paragraphs = await db.Paragraphs.Where(p => p.MeetingId == meetingId).OrderBy(p => p.Number).ToListAsync(cancellationToken);
        return (protocol, paragraphs);
    }

    /// <summary>What the public meeting page may show of a meeting's protokoll.</summary>
    public static async Task<PublicProtocol> PublicProtocolAsync(this GovernanceDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var protocol = await db.Protocols.AsNoTracking().SingleOrDefaultAsync(p => p.MeetingId == meetingId, cancellationToken);
        var paragraphs = protocol is null ? [] : await db.Paragraphs.AsNoTracking().Where(p => p.MeetingId == meetingId).ToListAsync(cancellationToken);
        return PublicMinutes.Of(protocol, paragraphs);
    }
}
