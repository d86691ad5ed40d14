using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Time;

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

    /// <summary>Every justerad, Offentlig decision of every forum, by forum, year and number: for open data and
    /// the sitemap. Only Offentlig rows leave the database; <see cref="PublicMinutes"/> keeps the justerade ones.</summary>
    /// <param name="meetingIds">Only these meetings' decisions (a measure's page needs a few, not every one); null for all.</param>
    public static async Task<IReadOnlyList<PublicDecision>> PublicDecisionsAsync(this GovernanceDbContext db, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? meetingIds = null)
    {
        var forums = await db.Forums.AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        var protocols = await db.Protocols.AsNoTracking().Where(p => meetingIds == null || meetingIds.Contains(p.MeetingId))
            .ToDictionaryAsync(p => p.MeetingId, cancellationToken);
        var starts = await db.Meetings.AsNoTracking().Where(m => protocols.Keys.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.StartsUtc, cancellationToken);
        var paragraphs = await db.Paragraphs.AsNoTracking()
            .Where(p => p.Classification == Classification.Offentlig && protocols.Keys.Contains(p.MeetingId))
            .ToListAsync(cancellationToken);
        return paragraphs
            .GroupBy(p => p.MeetingId)
            .SelectMany(group =>
            {
                var protocol = protocols[group.Key];
                var day = DateOnly.FromDateTime(SwedishTime.ToLocal(new DateTimeOffset(starts[group.Key], TimeSpan.Zero)));
                var forum = forums[protocol.ForumId];
                return PublicMinutes.Of(protocol, group).Paragraphs.Select(p => new PublicDecision(p, group.Key, day, forum.Slug, forum.Name, protocol.Year));
            })
            .OrderBy(d => d.ForumSlug, StringComparer.Ordinal).ThenBy(d => d.Year).ThenBy(d => d.Paragraph.Number)
            .ToList();
    }
}

/// <summary>A decision citizens may read, with what its citation and address are made of.</summary>
internal sealed record PublicDecision(PublicParagraph Paragraph, Guid MeetingId, DateOnly MeetingDay, string ForumSlug, string ForumName, int Year)
{
    public string Path => DecisionCitation.PathOf(ForumSlug, Year, Paragraph.Number);
}
