using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.FollowUp.Data;

namespace Trygghet.Modules.FollowUp.Plans;

internal sealed class MeasureDirectory(FollowUpDbContext db) : IMeasureDirectory
{
    public async Task<IReadOnlyList<MeasureSummary>> FindPublicAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        if (slugs.Count == 0)
        {
            return [];
        }

        var wanted = slugs.Distinct(StringComparer.Ordinal).ToList();
        return await Summaries(db.PublicMeasures().Where(m => wanted.Contains(m.Slug)), cancellationToken);
    }

    public Task<IReadOnlyList<MeasureSummary>> ListPublicAsync(CancellationToken cancellationToken) =>
        Summaries(db.PublicMeasures(), cancellationToken);

    private async Task<IReadOnlyList<MeasureSummary>> Summaries(IQueryable<Measure> measures, CancellationToken cancellationToken) =>
        await (from m in measures
               join s in db.Statuses on m.StatusId equals s.Id
               orderby m.Title, m.Id
               select new MeasureSummary(m.Id, m.Slug, m.Title, s.Name, m.PublicProgress))
            .ToListAsync(cancellationToken);
}
