namespace Trygghet.Portal.BrowserTests;

/// <summary>Every page a citizen can reach, found by crawling, checked with axe-core at phone and desktop width.
/// A new public page is covered as soon as something links to it (or the sitemap lists it).</summary>
public sealed class CitizenSiteTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    /// <summary>The one path that is meant to answer 404: the crawl visits it to check the error page itself.</summary>
    private const string MissingPage = "/finns-inte";

    [Fact]
    public async Task Crawl_ReachesStartOrganisationAndAccessibilityStatement()
    {
        var crawl = await site.CitizenCrawlAsync();

        Assert.Subset(crawl.Paths.ToHashSet(), new HashSet<string> { "/", "/organisation", "/arshjul", "/tillganglighet", "/konto/logga-in", "/oppna-data", "/oppna-data/api", MissingPage });
    }

    [Fact]
    public async Task Crawl_FindsNoBrokenLinks()
    {
        var crawl = await site.CitizenCrawlAsync();

        Assert.Empty(crawl.Pages.Where(p => p.Path != MissingPage).Select(CrawlProblems.Describe).OfType<string>());
        Assert.Equal(404, crawl.Pages.Single(p => p.Path == MissingPage).Status);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task EveryCitizenPage_HasNoWcag21AaViolations(string viewport)
    {
        var crawl = await site.CitizenCrawlAsync();
        await using var session = await site.OpenAsync(viewport);

        var violations = await AxeAudit.RunOnEachAsync(session.Page, crawl.Paths, viewport);

        Assert.True(violations.Count == 0, AxeAudit.Report(violations, crawl.Paths.Count));
    }

    [Fact]
    public async Task EveryCitizenPage_ReflowsAt320CssPixelsWithoutHorizontalScrolling()
    {
        var crawl = await site.CitizenCrawlAsync();
        await using var session = await site.OpenAsync(Viewports.Reflow);

        var failures = await ReflowAudit.HorizontalScrollingAsync(session.Page, crawl.Paths);

        Assert.True(failures.Count == 0, ReflowAudit.Report(failures));
    }
}
