using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Governance.Data;

namespace Trygghet.Modules.Governance.Forums;

internal sealed class ForumDirectory(GovernanceDbContext db) : IForumDirectory
{
    public async Task<IReadOnlyList<ForumSummary>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken))
            .Select(f => new ForumSummary(f.Id, f.Slug, f.Name, f.Kind.ToString(), f.Purpose))
            .ToList();
}
