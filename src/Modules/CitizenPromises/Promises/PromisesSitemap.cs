using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.Discovery;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>/medborgarloften, every published set and its follow-up report. Drafts never appear.</summary>
internal sealed class PromisesSitemap(CitizenPromisesDbContext db) : ISitemapSource
{
    public string ModuleName => CitizenPromisesModule.ModuleName;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var slugs = await db.PublishedSets().OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync(cancellationToken);
        return [new SitemapEntry("/medborgarloften"), .. slugs.SelectMany(s => new[] { new SitemapEntry($"/medborgarloften/{s}"), new SitemapEntry($"/medborgarloften/{s}/uppfoljning") })];
    }
}
