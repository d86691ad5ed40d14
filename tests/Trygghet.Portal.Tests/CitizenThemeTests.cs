using System.Net;
using System.Xml.Linq;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>The citizen theme's components as served on the demo: icons, the phone menu that needs no JavaScript,
/// breadcrumbs, status tags with words, the footer's links and the open data page and feed links.</summary>
public sealed class CitizenThemeTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task FaviconAndTheIconsThePagesLinkAreServed()
    {
        using var client = site.App.CreatePortalClient();

        var favicon = await client.Http.GetAsync(new Uri("/favicon.ico", UriKind.Relative), TestContext.Current.CancellationToken);
        var (_, page) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        Assert.Equal("image/x-icon", favicon.Content.Headers.ContentType?.MediaType);
        var icons = page.QuerySelectorAll("link[rel='icon'], link[rel='apple-touch-icon']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(3, icons.Count);
        foreach (var icon in icons)
        {
            var response = await client.Http.GetAsync(new Uri(icon, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{icon}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Header_HasLogoNameAndAMenuThatOpensWithoutJavaScript()
    {
        using var client = site.App.CreatePortalClient();

        var (_, page) = await client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector("header .site-brand img.site-logo[alt='']"));
        Assert.Equal("Trygghet i Linköping (demo)", page.QuerySelector("header .site-brand .site-name")?.TextContent.Trim());
        var menu = page.QuerySelector("header details.menu-toggle")!;
        Assert.Equal("Meny", menu.QuerySelector("summary")?.TextContent.Trim());
        var phoneLinks = menu.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(page.QuerySelectorAll("header nav.main-nav a").Select(a => a.GetAttribute("href")), phoneLinks);
        Assert.Contains("/medborgarloften", phoneLinks);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task StatusesAreTagsWithWordsAndTone()
    {
        using var client = site.App.CreatePortalClient();

        var (_, start) = await client.GetPageAsync("/");
        var (_, plan) = await client.GetPageAsync("/atgardsplan");

        var tags = start.QuerySelectorAll(".promises-home .tag").Select(t => (t.ClassName, t.TextContent.Trim())).ToList();
        Assert.Contains(("tag tag-late", "Försenat"), tags);
        Assert.Contains(("tag tag-done", "Genomfört"), tags);
        Assert.Contains(("tag tag-active", "Pågår"), tags);
        Assert.Contains(plan.QuerySelectorAll(".measure-list .tag"), t => t.ClassName == "tag tag-done" && t.TextContent == "Genomförd");
    }

    [Fact]
    public async Task PagesBelowASection_HaveBreadcrumbs_AndPromisePagesLinkTheirFeed()
    {
        using var client = site.App.CreatePortalClient();
        var (_, start) = await client.GetPageAsync("/");
        var setPath = start.QuerySelector("main a[href^='/medborgarloften/']")!.GetAttribute("href")!;

        var (_, set) = await client.GetPageAsync(setPath);
        var (_, index) = await client.GetPageAsync("/medborgarloften");

        Assert.Equal(["/", "/medborgarloften"], set.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Empty(index.QuerySelectorAll("nav.breadcrumbs"));
        Assert.Empty(start.QuerySelectorAll("nav.breadcrumbs"));
        foreach (var page in new[] { set, index })
        {
            Assert.Equal("/medborgarloften/feed.xml", page.QuerySelector("head link[rel='alternate'][type='application/atom+xml']")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Footer_HasContactAccessibilityOpenDataAndSubscriptions()
    {
        using var client = site.App.CreatePortalClient();

        var (_, page) = await client.GetPageAsync("/organisation");

        var links = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tillganglighet", links);
        Assert.Contains("/oppna-data", links);
        Assert.Contains("/prenumerera", links);
        Assert.Contains(links, l => l!.StartsWith("mailto:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenDataPage_ListsEveryDatasetOfTheCatalogueWithFieldsAndFormats()
    {
        using var client = site.App.CreatePortalClient();

        var (response, page) = await client.GetPageAsync("/oppna-data");
        var dcat = XDocument.Parse(await client.Http.GetStringAsync(new Uri("/data/dcat", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XNamespace dcatNs = "http://www.w3.org/ns/dcat#";
        XNamespace rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        var datasets = dcat.Descendants(dcatNs + "Dataset").Select(d => new Uri(d.Attribute(rdf + "about")!.Value).AbsolutePath).ToList();
        Assert.NotEmpty(datasets);
        var sections = page.QuerySelectorAll("main section").ToList();
        Assert.Equal(datasets.Count, sections.Count);
        foreach (var path in datasets)
        {
            var section = Assert.Single(sections, s => s.QuerySelector($"a[href='{path}']") is not null);
            Assert.NotNull(section.QuerySelector($"a[href='{path}.csv']"));
            Assert.NotEmpty(section.QuerySelectorAll("table tbody tr"));
        }

        Assert.NotNull(page.QuerySelector("main a[href='/data/dcat']"));
        Assert.NotNull(page.QuerySelector("main a[href='/openapi/v1.json']"));
    }
}
