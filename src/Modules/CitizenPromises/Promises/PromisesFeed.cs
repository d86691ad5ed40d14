using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Site;
using Trygghet.Portal.Core.Syndication;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>/medborgarloften/feed.xml: an Atom feed (RFC 4287) of published follow-ups of published promises,
/// newest first, written by the one AtomWriter.</summary>
internal static class PromisesFeed
{
    public const int MaxEntries = 50;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/medborgarloften/feed.xml", WriteAsync).AllowAnonymous().CachePublicly(PublicPromises.CacheTag);

    private static async Task<IResult> WriteAsync(HttpContext context, CitizenPromisesDbContext db, ISiteInfo site, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var followUps = await db.LatestFollowUpsAsync(MaxEntries, cancellationToken);
        var siteName = string.IsNullOrEmpty(site.SiteName) ? "Trygghetsportalen" : site.SiteName;
        var entries = followUps.Select(entry =>
        {
            var published = entry.FollowUp.PublishedUtc ?? DateTime.UnixEpoch;
            var summary = $"{entry.FollowUp.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Löfte: {entry.Promise.Text}\n\n{entry.FollowUp.Text}"
                + string.Concat(entry.FollowUp.Figures.Select(f => $"\n{f.Label}: {f.Value}"));
            return new AtomEntry(entry.FollowUp.Id, entry.FollowUp.Title, published, published,
                $"/medborgarloften/{entry.Set.Slug}#{Anchors.Of(entry.FollowUp)}", summary)
            {
                Categories = [new AtomCategory(entry.Set.Slug, entry.Set.Title)],
            };
        }).ToList();
        return AtomWriter.Result(new AtomFeed("/medborgarloften/feed.xml", $"Uppföljningar av medborgarlöften – {siteName}", "/medborgarloften", siteName, entries),
            PublicOrigin.Of(configuration, context));
    }
}
