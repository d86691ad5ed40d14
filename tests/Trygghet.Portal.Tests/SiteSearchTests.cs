using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>/sok over every module on the demo site: measures, medborgarlöften with their follow-ups, meetings and
/// decisions are found by inflected Swedish words, and Sekretess or Intern agenda text is not.</summary>
public sealed class SiteSearchTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task FindsAMeasure_ByAnInflectionOfItsTitle()
    {
        var results = await SearchAsync("trygghetsvandring boende");

        Assert.Contains(results, r => r.Href == "/atgardsplan/trygghetsvandringar-innerstaden" && r.Kind == "Åtgärd");
    }

    [Fact]
    public async Task FindsAPromise_ByItsFollowUpText_LinkingToThePromiseOnItsSetPage()
    {
        var results = await SearchAsync("fyrtiotal invånare");

        var promise = Assert.Single(results, r => r.Kind == "Medborgarlöfte");
        Assert.StartsWith("/medborgarloften/linkoping-2026#lofte-", promise.Href, StringComparison.Ordinal);
        Assert.Equal("Vi ska synas mer i stadskärnan på fredags- och lördagskvällar.", promise.Title);
    }

    [Fact]
    public async Task FindsMeetingsByTheirPublicAgenda_AndDecisionsByTheirText()
    {
        var results = await SearchAsync("lägesbilden brott");

        Assert.Contains(results, r => r.Kind == "Sammanträde" && r.Href.StartsWith("/sammantraden/", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Kind == "Beslut" && r.Href.StartsWith("/beslut/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Riskbedömning evenemang")] // a Sekretess agenda item and paragraph of the demo meetings
    [InlineData("Förberedelse samverkansrådet")] // an Intern agenda item
    public async Task NeverFindsMeetings_ByTextOfItemsThatAreNotPublic(string query)
    {
        var results = await SearchAsync(query);

        Assert.DoesNotContain(results, r => r.Kind is "Sammanträde" or "Beslut");
    }

    private async Task<IReadOnlyList<(string Href, string Title, string Kind)>> SearchAsync(string query)
    {
        using var anonymous = site.App.CreatePortalClient();
        var results = new List<(string, string, string)>();
        var url = "/sok?q=" + Uri.EscapeDataString(query);
        while (url is not null && results.Count < 200)
        {
            var (response, page) = await anonymous.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            results.AddRange(page.QuerySelectorAll("main ol.search-results li").Select(li => (
                li.QuerySelector("h3 a")?.GetAttribute("href") ?? string.Empty,
                li.QuerySelector("h3")?.TextContent.Trim() ?? string.Empty,
                li.QuerySelector(".search-kind")?.TextContent.Trim() ?? string.Empty)));
            url = page.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href");
        }

        return results;
    }
}
