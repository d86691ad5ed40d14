using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Discovery;

namespace Trygghet.Modules.Governance.Forums;

/// <summary>/organisation, /sammantraden, every meeting page and every public decision. A meeting page is public whatever its agenda
/// holds: it shows only the published agenda's public items (see Meetings.PublicAgenda).</summary>
internal sealed class ForumsSitemap(GovernanceDbContext db) : ISitemapSource
{
    public string ModuleName => GovernanceModule.ModuleName;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.StartsUtc).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        var decisions = await db.PublicDecisionsAsync(cancellationToken);
        return
        [
            new SitemapEntry("/organisation"),
            new SitemapEntry("/sammantraden"),
            .. meetings.Select(id => new SitemapEntry($"/sammantraden/{id}")),
            .. decisions.Select(d => new SitemapEntry(d.Path)),
        ];
    }
}
