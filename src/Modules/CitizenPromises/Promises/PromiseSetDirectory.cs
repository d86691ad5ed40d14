using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Contracts;
using Trygghet.Modules.CitizenPromises.Data;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>A municipality has one medborgarlöfte a year or so: the sets are read whole and filtered in memory.</summary>
internal sealed class PromiseSetDirectory(CitizenPromisesDbContext db) : IPromiseSetDirectory
{
    public async Task<IReadOnlyList<PromiseSetSummary>> ListAsync(string? search, CancellationToken cancellationToken) =>
        (await db.Sets.AsNoTracking().OrderByDescending(s => s.PeriodFrom).ToListAsync(cancellationToken))
            .Where(s => string.IsNullOrWhiteSpace(search)
                || s.Title.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || s.Area.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .Select(s => new PromiseSetSummary(s.Slug, s.Title, s.Area, s.PeriodFrom, s.PeriodTo, s.PublishedUtc is not null))
            .ToList();
}
