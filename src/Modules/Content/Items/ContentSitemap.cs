using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Portal.Core.Discovery;

namespace Trygghet.Modules.Content.Items;

/// <summary>/nyheter and every live, public news item and page. Drafts, archived and non-public items never appear.</summary>
internal sealed class ContentSitemap(ContentDbContext db) : ISitemapSource
{
    public string ModuleName => ContentModule.ModuleName;

    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var live = await db.Live().Select(p => new { p.Item.Kind, p.Item.Slug, p.Item.PublishedUtc }).ToListAsync(cancellationToken);
        return
        [
            new SitemapEntry("/nyheter"),
            .. live.OrderBy(l => l.Kind).ThenBy(l => l.Slug, StringComparer.Ordinal)
                .Select(l => new SitemapEntry(ContentKinds.PublicPath(l.Kind, l.Slug), l.PublishedUtc is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : null)),
        ];
    }
}
