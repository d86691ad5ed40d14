namespace Trygghet.Portal.BrowserTests;

/// <summary>The crawl's rules that need no browser: the portal has no sitemap yet, so these are what shows the crawl
/// will pick one up when it comes.</summary>
public sealed class SiteCrawlerTests
{
    private static readonly Uri Origin = new("http://127.0.0.1:5123/");

    [Fact]
    public void Sitemap_GivesThePathOfEveryLoc_WhateverHostItNames()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://trygghet.linkoping.se/medborgarloften</loc><lastmod>2026-11-25</lastmod></url>
              <url><loc> http://127.0.0.1:5123/atgardsplan?ar=2026 </loc></url>
              <url><loc>/moten</loc></url>
            </urlset>
            """;

        var (isIndex, paths) = SiteCrawler.ReadSitemap(xml, Origin);

        Assert.False(isIndex);
        Assert.Equal(["/medborgarloften", "/atgardsplan", "/moten"], paths);
    }

    [Fact]
    public void SitemapIndex_IsRecognised_SoItsSitemapsAreReadInTurn()
    {
        const string xml = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://trygghet.linkoping.se/sitemap-nyheter.xml</loc></sitemap>
            </sitemapindex>
            """;

        var (isIndex, paths) = SiteCrawler.ReadSitemap(xml, Origin);

        Assert.True(isIndex);
        Assert.Equal(["/sitemap-nyheter.xml"], paths);
    }

    [Theory]
    [InlineData("/admin", true)]
    [InlineData("/admin/users/42", true)]
    [InlineData("/ADMIN/roles", true)]
    [InlineData("/administration-av-tryggheten", false)]
    [InlineData("/", false)]
    public void IsUnder_MatchesWholePathSegmentsOnly(string path, bool under) =>
        Assert.Equal(under, SiteCrawler.IsUnder(path, "/admin"));

    [Theory]
    [InlineData("/admin/meetings/0b5744ab-976f-8a3c-840b-db74f25e25c1/protokoll/paragrafer/ed854ee6-9887-404a-9bae-9b33abe80e4c", "/admin/meetings/{}/protokoll/paragrafer/{}")]
    [InlineData("/beslut/trygghetsradet/2026/12", "/beslut/trygghetsradet/{}/{}")]
    [InlineData("/atgardsplan/trygg-stadskarna", "/atgardsplan/trygg-stadskarna")]
    [InlineData("/", "/")]
    public void Shape_ReplacesIdsButKeepsNames(string path, string shape) =>
        Assert.Equal(shape, SiteCrawler.Shape(path));
}
