using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Trygghet.Modules.Content.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Site;
using Trygghet.Portal.Core.Syndication;

namespace Trygghet.Modules.Content.Items;

/// <summary>/nyheter/feed.xml: an Atom feed (RFC 4287) of the latest published, public news, newest first.
/// Written by the one AtomWriter; the entry id is the item's, so an updated entry stays one entry.</summary>
internal static class NewsFeed
{
    public const int MaxEntries = 30;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/nyheter/feed.xml", WriteAsync).AllowAnonymous().CachePublicly(PublicContent.CacheTag);

    private static async Task<IResult> WriteAsync(HttpContext context, ContentDbContext db, ISiteInfo site, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var items = await db.LiveNews().Take(MaxEntries).ToListAsync(cancellationToken);
        var siteName = string.IsNullOrEmpty(site.SiteName) ? "Trygghetsportalen" : site.SiteName;
        var entries = items.Select(item => new AtomEntry(item.Item.Id, item.Version.Title, item.Item.PublishedUtc ?? DateTime.UnixEpoch,
            item.Item.FirstPublishedUtc ?? DateTime.UnixEpoch, item.Path, item.Version.Lead)
        {
            Categories = item.Version.Tags.Select(tag => new AtomCategory(tag)).ToList(),
            Enclosure = item.Version.ImageUrl,
        }).ToList();
        return AtomWriter.Result(new AtomFeed("/nyheter/feed.xml", $"Nyheter – {siteName}", "/nyheter", siteName, entries), PublicOrigin.Of(configuration, context));
    }
}
