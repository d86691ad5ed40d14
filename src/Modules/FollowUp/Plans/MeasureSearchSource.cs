using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Search;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Every public measure of a decided plan (<see cref="PlanQueries.PublicMeasures"/>) with the text its page
/// shows: description, problem, contributors and the reported progress. A measure that becomes Intern or whose plan is
/// not decided drops out at the next search, since sources are read at query time.</summary>
internal sealed class MeasureSearchSource(FollowUpDbContext db) : ISearchSource
{
    public string ModuleName => FollowUpModule.ModuleName;

    public async Task<IReadOnlyList<SearchDocument>> GetPublicDocumentsAsync(CancellationToken cancellationToken)
    {
        var measures = await db.PublicMeasures()
            .Select(m => new { m.Id, m.Slug, m.Title, m.Description, m.Problem, m.Contributors, m.LastReportedOn })
            .ToListAsync(cancellationToken);
        var updates = (await db.ProgressUpdates.AsNoTracking()
                .Where(u => db.PublicMeasures().Any(m => m.Id == u.MeasureId))
                .Select(u => new { u.MeasureId, u.Date, u.Text })
                .ToListAsync(cancellationToken))
            .ToLookup(u => u.MeasureId);
        return measures.Select(m => new SearchDocument(
                $"/atgardsplan/{m.Slug}",
                m.Title,
                string.Join("\n", new[] { m.Description, m.Problem, m.Contributors }
                    .Concat(updates[m.Id].OrderByDescending(u => u.Date).Select(u => u.Text))
                    .Where(t => !string.IsNullOrWhiteSpace(t))),
                "Åtgärd",
                m.LastReportedOn is { } reported ? new DateTimeOffset(reported.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null))
            .ToList();
    }
}
