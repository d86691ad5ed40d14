using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.FollowUp.Data;

namespace Trygghet.Modules.FollowUp.Goals;

internal sealed class GoalDirectory(FollowUpDbContext db) : IGoalDirectory
{
    public async Task<IReadOnlyList<GoalSummary>> ListAsync(CancellationToken cancellationToken) =>
        await db.Goals.AsNoTracking().OrderBy(g => g.SortOrder)
            .Select(g => new GoalSummary(g.Id, g.Slug, g.Title))
            .ToListAsync(cancellationToken);
}
