namespace Trygghet.Portal.BrowserTests;

/// <summary>Every back-office page the administrator can reach by following links (no form is submitted),
/// checked with axe-core at phone and desktop width. Staff have the same right to an accessible workplace.</summary>
public sealed class BackOfficeTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task Crawl_ReachesEveryAdminMenuPageAndTheirDetailPages()
    {
        var crawl = await site.BackOfficeCrawlAsync();

        Assert.Subset(crawl.Paths.ToHashSet(), new HashSet<string> { "/admin", "/admin/arshjul", "/admin/forums", "/admin/goals", "/admin/users", "/admin/users/new", "/admin/roles", "/admin/roles/new" });
        Assert.Contains(crawl.Paths, p => p.StartsWith("/admin/forums/", StringComparison.Ordinal));
        Assert.Contains(crawl.Paths, p => p.StartsWith("/admin/users/", StringComparison.Ordinal) && p != "/admin/users/new");
        Assert.Contains(crawl.Paths, p => p.StartsWith("/admin/roles/", StringComparison.Ordinal) && p != "/admin/roles/new");
    }

    [Fact]
    public async Task Crawl_FindsNoBrokenLinks()
    {
        var crawl = await site.BackOfficeCrawlAsync();

        Assert.Empty(crawl.Pages.Select(CrawlProblems.Describe).OfType<string>());
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task EveryBackOfficePage_HasNoWcag21AaViolations(string viewport)
    {
        var crawl = await site.BackOfficeCrawlAsync();
        await using var session = await site.OpenAsync(viewport, signedInAsAdmin: true);

        var violations = await AxeAudit.RunOnEachAsync(session.Page, crawl.Paths, viewport);

        Assert.True(violations.Count == 0, AxeAudit.Report(violations, crawl.Paths.Count));
    }

    [Fact]
    public async Task EveryBackOfficePage_ReflowsAt320CssPixelsWithoutHorizontalScrolling()
    {
        var crawl = await site.BackOfficeCrawlAsync();
        await using var session = await site.OpenAsync(Viewports.Reflow, signedInAsAdmin: true);

        var failures = await ReflowAudit.HorizontalScrollingAsync(session.Page, crawl.Paths);

        Assert.True(failures.Count == 0, ReflowAudit.Report(failures));
    }
}
