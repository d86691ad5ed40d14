using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Discovery;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>/atgardsplan and the page of every public measure of a decided plan.</summary>
internal sealed class PlanSitemap(FollowUpDbContext db) : ISitemapSource
{
    public string ModuleName => FollowUpModule.ModuleName;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var slugs = await db.PublicMeasures().OrderBy(m => m.Slug).Select(m => m.Slug).ToListAsync(cancellationToken);
        return [new SitemapEntry("/lagesbild"), new SitemapEntry("/atgardsplan"), .. slugs.Select(s => new SitemapEntry($"/atgardsplan/{s}"))];
    }
}
