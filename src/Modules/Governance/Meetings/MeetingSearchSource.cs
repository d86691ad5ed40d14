using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Search;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Meetings, searchable by forum, place and, once the kallelse is published, the public agenda items' text; and every public decision
/// by its title, body and decision. What is searched is built by <see cref="PublicAgenda"/> and
/// <see cref="PublicMinutes"/>, the same code that builds the public pages, so a Sekretess or Intern item's text is
/// never read into a document.</summary>
internal sealed class MeetingSearchSource(GovernanceDbContext db) : ISearchSource
{
    public string ModuleName => GovernanceModule.ModuleName;

    public async Task<IReadOnlyList<SearchDocument>> GetPublicDocumentsAsync(CancellationToken cancellationToken)
    {
        var forums = await db.Forums.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        // Every meeting page is public (forum, time, place); its agenda only once the kallelse is published.
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(cancellationToken);
        var documents = meetings.Select(m => new SearchDocument(
            $"/sammantraden/{m.Id}",
            $"{forums[m.ForumId]}, {MeetingTimes.Describe(m)}",
            string.Join("\n", new[] { m.Place }
                .Concat(PublicAgenda.Of(m).Where(i => !i.IsSecret).SelectMany(i => new[] { i.Title, i.CaseNumber, i.Description }))
                .Where(t => !string.IsNullOrWhiteSpace(t))),
            "Sammanträde",
            new DateTimeOffset(m.StartsUtc, TimeSpan.Zero))).ToList();
        documents.AddRange((await db.PublicDecisionsAsync(cancellationToken)).Where(d => !d.Paragraph.IsSecret).Select(d => new SearchDocument(
            d.Path,
            $"{DecisionCitation.Of(d.ForumName, d.MeetingDay, d.Paragraph.Number)} {d.Paragraph.Title}",
            string.Join("\n", new[] { d.Paragraph.CaseNumber, d.Paragraph.Body, d.Paragraph.Decision }.Where(t => !string.IsNullOrWhiteSpace(t))),
            "Beslut",
            new DateTimeOffset(d.MeetingDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))));
        return documents;
    }
}
