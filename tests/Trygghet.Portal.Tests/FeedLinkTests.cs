using System.Net;
using System.Xml.Linq;

namespace Trygghet.Portal.Tests;

/// <summary>Every public page that offers a feed or calendar says so twice: a <c>link rel="alternate"</c> in the head
/// (feed readers and browsers find it) and a visible link (people find it), and the alternate answers with its type.</summary>
public sealed class FeedLinkTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static readonly string[] FeedTypes = ["application/atom+xml", "application/rss+xml", "text/calendar"];

    [Fact]
    public async Task EveryPublicPageWithAFeed_HasARelAlternateLinkAndAVisibleLinkToIt()
    {
        using var client = site.App.CreatePortalClient();
        var pages = await PublicPagesAsync(client);
        var problems = new List<string>();
        var withFeeds = new List<string>();
        foreach (var path in pages)
        {
            var (response, page) = await client.GetPageAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var alternates = page.QuerySelectorAll("head link[rel='alternate']").Where(l => FeedTypes.Contains(l.GetAttribute("type"))).ToList();
            var visible = page.QuerySelectorAll("body a[href]").Select(a => a.GetAttribute("href")!).Where(IsFeed).ToHashSet(StringComparer.Ordinal);
            if (visible.Count > 0 && alternates.Count == 0)
            {
                problems.Add($"{path} links to {string.Join(", ", visible)} but has no rel=\"alternate\" link");
            }

            foreach (var alternate in alternates)
            {
                var href = alternate.GetAttribute("href")!;
                if (!visible.Contains(href))
                {
                    problems.Add($"{path} announces {href} in its head but shows no link to it");
                }

                var feed = await client.Http.GetAsync(href);
                if (feed.StatusCode != HttpStatusCode.OK || feed.Content.Headers.ContentType?.MediaType != alternate.GetAttribute("type"))
                {
                    problems.Add($"{path}: {href} answers {(int)feed.StatusCode} {feed.Content.Headers.ContentType?.MediaType}, not {alternate.GetAttribute("type")}");
                }
            }

            if (alternates.Count > 0)
            {
                withFeeds.Add(path);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // The pages the issue names are among them: the start page, news, the medborgarlöften, the meetings.
        Assert.Superset(new HashSet<string> { "/", "/nyheter", "/medborgarloften", "/sammantraden" }, withFeeds.ToHashSet());
        Assert.Contains(withFeeds, p => p.StartsWith("/nyheter/", StringComparison.Ordinal));
        Assert.Contains(withFeeds, p => p.StartsWith("/medborgarloften/", StringComparison.Ordinal));
        Assert.Contains(withFeeds, p => p.StartsWith("/sammantraden/", StringComparison.Ordinal));
    }

    private static bool IsFeed(string href) =>
        href.EndsWith("/feed.xml", StringComparison.Ordinal) || href.EndsWith(".ics", StringComparison.Ordinal);

    /// <summary>The start page and every page of the sitemap, as paths.</summary>
    private static async Task<List<string>> PublicPagesAsync(Trygghet.Portal.Testing.PortalClient client)
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = XDocument.Parse(await client.Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        return ["/", .. xml.Descendants(sitemap + "loc").Select(l => new Uri(l.Value).PathAndQuery).Where(p => p != "/").Distinct()];
    }
}
