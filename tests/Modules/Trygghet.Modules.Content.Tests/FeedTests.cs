using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>/nyheter/feed.xml is valid Atom: it parses as a feed and has RFC 4287's required elements.</summary>
public sealed class FeedTests(ContentSite site) : IClassFixture<ContentSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Feed_IsAtomWithTheRequiredElements_AndListsThePublishedDemoNews()
    {
        using var anonymous = site.App.CreatePortalClient();
        var response = await anonymous.Http.GetAsync("/nyheter/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        using (var reader = XmlReader.Create(new StringReader(text)))
        {
            var feed = SyndicationFeed.Load(reader);
            Assert.Contains(feed.Items, i => i.Title.Text == "Kvällsvandringar i innerstaden i vinter");
        }

        var root = XDocument.Parse(text).Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.NotNull(root.Element(Atom + name));
        }

        Assert.NotNull(root.Element(Atom + "author")?.Element(Atom + "name"));
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        foreach (var entry in entries)
        {
            foreach (var name in new[] { "id", "title", "updated", "summary" })
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + name)?.Value), $"entry without {name}");
            }

            Assert.StartsWith("http://localhost/nyheter/", entry.Element(Atom + "link")?.Attribute("href")?.Value, StringComparison.Ordinal);
        }

        // Newest first: the demo's news are dated 2026-11-20, 2026-10-15 and 2026-01-20.
        Assert.Equal(["Kvällsvandringar i innerstaden i vinter", "Ny lägesbild antagen av Trygghetsrådet", "Medborgarlöften för 2026 undertecknade"],
            entries.Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public async Task DemoPage_IsServedUnderSida_WithOpenGraph()
    {
        using var anonymous = site.App.CreatePortalClient();
        var (response, page) = await anonymous.GetPageAsync("/sida/om-webbplatsen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("website", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("Om webbplatsen", page.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main article a[href='/atgardsplan']"));
    }

    [Fact]
    public async Task DemoNews_LinksItsPublicMeasureThroughFollowUp()
    {
        using var anonymous = site.App.CreatePortalClient();
        var (_, page) = await anonymous.GetPageAsync("/nyheter/kvallsvandringar-i-innerstaden");

        Assert.NotNull(page.QuerySelector("main article a[href='/atgardsplan/tryggare-innerstad']"));
        Assert.NotNull(page.QuerySelector("main article a[href='/medborgarloften/linkoping-2026']"));
    }

    [Fact]
    public async Task DemoNews_ShowsItsLibraryImageWithSrcsetAltAndOpenGraph()
    {
        using var anonymous = site.App.CreatePortalClient();
        var (_, page) = await anonymous.GetPageAsync("/nyheter/kvallsvandringar-i-innerstaden");

        var image = page.QuerySelector("main article figure img")!;
        Assert.Equal("Gatlyktor lyser upp en gata i innerstaden en mörk kväll", image.GetAttribute("alt"));
        Assert.Matches("^/media/[0-9a-f]{32}/full\\.png$", image.GetAttribute("src"));
        // The demo image is 480 px wide: card, full and the 2× profiles all are, so one candidate, never scaled up.
        Assert.Matches("^/media/[0-9a-f]{32}/card\\.png 480w$", image.GetAttribute("srcset"));
        Assert.EndsWith(image.GetAttribute("src")!, page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"), StringComparison.Ordinal);
        var file = await anonymous.Http.GetAsync(image.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
    }
}
