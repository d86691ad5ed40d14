using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.CitizenPromises.Tests;

/// <summary>What citizens see of the demo's medborgarlöften: the start page leads with the current one, its page
/// shows each promise with the stored progress, earlier periods stay reachable, and the feed and open data agree.</summary>
public sealed class CitizenPagesTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task StartPage_LeadsWithTheCurrentMedborgarlofte_ShowingTheStoredProgressOfEachPromise(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelectorAll("main section.home-section").First();
        Assert.Equal("promises-heading", first.GetAttribute("aria-labelledby"));
        Assert.Equal("Medborgarlöfte för Linköping 2026", first.QuerySelector("h3")?.TextContent.Trim());
        var stored = await app.QueryAsync(db => db.Promises.Where(p => db.Sets.Any(s => s.Id == p.SetId && s.Slug == "linkoping-2026"))
            .OrderBy(p => p.SortOrder).Select(p => p.Progress).ToListAsync());
        Assert.Equal([70, 40, 55, 100, 0], stored);
        Assert.Equal(stored.Select(p => (p, $"{p} % klart")), page.ShownProgress("main section.promises-home"));
        // The earlier period is not on the start page; its latest follow-ups are (right after the promises).
        Assert.DoesNotContain("Medborgarlöfte för Linköping 2025", first.TextContent, StringComparison.Ordinal);
        var second = page.QuerySelectorAll("main section.home-section").Skip(1).First();
        Assert.Equal("followups-heading", second.GetAttribute("aria-labelledby"));
        Assert.Equal("Trygghetsvandring i stadskärnan med 40 deltagare", second.QuerySelector("h3")?.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task SetPage_ShowsEachPromiseWithWhoPromisedIt_ItsProgress_ActivitiesAndLatestFollowUps()
    {
        await using var app = await PortalApp.StartAsync();
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/medborgarloften/linkoping-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Medborgarlöfte för Linköping 2026", page.QuerySelector("main h1")?.TextContent.Trim());
        var promises = page.QuerySelectorAll("main ol.promise-list > li.promise").ToList();
        Assert.Equal(5, promises.Count);
        var first = promises[0];
        Assert.Equal("Vi ska synas mer i stadskärnan på fredags- och lördagskvällar.", first.QuerySelector("h3")?.TextContent.Trim());
        Assert.Equal("Lovat av: Polisen, Linköpings kommun", first.QuerySelector(".promisors")?.TextContent.Trim());
        Assert.Equal("70", first.QuerySelector("progress")?.GetAttribute("value"));
        Assert.Equal("100", first.QuerySelector("progress")?.GetAttribute("max"));
        // The progress element is labelled, and its value is written as text too (never colour alone).
        var progressId = first.QuerySelector("progress")!.Id;
        Assert.NotNull(page.QuerySelector($"label[for='{progressId}']"));
        Assert.Equal("Status: Pågår", first.QuerySelector(".promise-status")?.TextContent.Trim());
        Assert.Equal(3, first.QuerySelectorAll("ul.activities li").Length);
        Assert.Equal(["Trygghetsvandring i stadskärnan med 40 deltagare", "Fotpatrull och trygghetsvärdar på plats sedan februari"],
            first.QuerySelectorAll("article.follow-up h5").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Kvällar med fotpatrull, januari–mars", "Trygghetsvandringar"], first.QuerySelectorAll("dl.figures dt").Select(d => d.TextContent.Trim()));
        // The measures that carry the promise out, through the FollowUp module's directory, link to the action plan.
        Assert.Equal(["/atgardsplan/tryggare-innerstad", "/atgardsplan/vuxna-pa-stan"], first.QuerySelectorAll("ul.measures a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Samverkansöverenskommelsen", page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Otrygghet i stadskärnan på kvällar och nätter", page.MainText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/medborgarloften/finns-inte")).StatusCode);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ArchivedSet_StaysListedAndReachable_WithItsFollowUpReport()
    {
        await using var app = await PortalApp.StartAsync();
        using var visitor = app.CreatePortalClient();

        var (_, list) = await visitor.GetPageAsync("/medborgarloften");
        Assert.Equal(["/medborgarloften/linkoping-2026"], list.QuerySelectorAll("main section[aria-labelledby='current-heading'] h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/medborgarloften/linkoping-2025"], list.QuerySelectorAll("main section[aria-labelledby='archive-heading'] h3 a").Select(a => a.GetAttribute("href")));

        var (response, archived) = await visitor.GetPageAsync("/medborgarloften/linkoping-2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Perioden är avslutad. Medborgarlöftet finns kvar här som arkiv.", archived.MainText(), StringComparison.Ordinal);
        Assert.Equal([100, 60, 100, 100], archived.ShownProgress().Select(p => p.Value));

        var (reportResponse, report) = await visitor.GetPageAsync("/medborgarloften/linkoping-2025/uppfoljning");
        Assert.Equal(HttpStatusCode.OK, reportResponse.StatusCode);
        Assert.Equal("Uppföljningsrapport: Medborgarlöfte för Linköping 2025", report.QuerySelector("main h1")?.TextContent.Trim());
        Assert.StartsWith("Tre av fyra löften hölls under 2025.", report.QuerySelector("main section[aria-labelledby='summary-heading'] p")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Sex av tio klotteranmälningar åtgärdade inom ett dygn", report.MainText(), StringComparison.Ordinal);

        var sitemap = await visitor.BodyAsync("/sitemap.xml");
        Assert.Contains("/medborgarloften/linkoping-2025/uppfoljning", sitemap, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task OpenData_JsonAndCsv_HaveOneRowPerPublishedPromise_WithTheStoredProgress(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var visitor = app.CreatePortalClient();
        var stored = await app.QueryAsync(db => db.Promises.ToDictionaryAsync(p => p.Id, p => p.Progress));

        using var json = JsonDocument.Parse(await visitor.BodyAsync("/api/v1/medborgarloften"));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal(stored[r.GetProperty("id").GetGuid()], r.GetProperty("progress").GetInt32()));
        var first = rows[0];
        Assert.Equal("linkoping-2026", first.GetProperty("setSlug").GetString());
        Assert.Equal("2026-01-01", first.GetProperty("periodFrom").GetString());
        Assert.Equal("Polisen; Linköpings kommun", first.GetProperty("promisors").GetString());
        Assert.Equal("Pågår", first.GetProperty("status").GetString());

        var csv = await visitor.BodyAsync("/api/v1/medborgarloften.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,set,setSlug,area,periodFrom,periodTo,promise,promisors,status,progress,successMeasure", lines[0]);
        Assert.Equal(10, lines.Length);
        Assert.StartsWith($"{first.GetProperty("id").GetGuid()},Medborgarlöfte för Linköping 2026,linkoping-2026,Linköpings kommun,2026-01-01,2026-12-31,", lines[1], StringComparison.Ordinal);
        // The promisors are one field: it holds a semicolon, so it is quoted (Excel with Swedish settings splits on ";").
        Assert.Contains(",\"Polisen; Linköpings kommun\",Pågår,70,", lines[1], StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Feed_IsAtom_WithEveryPublishedFollowUpNewestFirst_LinkingToItsPromise()
    {
        await using var app = await PortalApp.StartAsync();
        using var visitor = app.CreatePortalClient();

        var response = await visitor.GetAsync("/medborgarloften/feed.xml");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(7, entries.Count);
        Assert.Equal("Trygghetsvandring i stadskärnan med 40 deltagare", entries[0].Element(atom + "title")?.Value);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.All(entries, e => Assert.StartsWith("urn:uuid:", e.Element(atom + "id")?.Value, StringComparison.Ordinal));
        var link = new Uri(entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        var (_, page) = await visitor.GetPageAsync(link.PathAndQuery);
        Assert.NotNull(page.GetElementById(link.Fragment.TrimStart('#')));
        app.AssertNoErrorsLogged();
    }
}
