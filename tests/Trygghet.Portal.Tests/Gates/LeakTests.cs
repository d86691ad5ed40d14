using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>Non-public material must never reach a public response. The leak-test recipe plants such material
/// in every module, each item carrying a marker; an anonymous crawler reads every public response it can find
/// (links from the start page, every anonymous endpoint, the sitemap, search) and fails on any marker.</summary>
public sealed partial class LeakTests
{
    private const int MaxResponses = 400;

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task NoMarkedNonPublicItem_AppearsInAnyPublicResponse(string provider)
    {
        var recipe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "test-recipes", "leak-test.recipe.json"));
        var markers = Marker().Matches(recipe).Select(m => m.Value).Distinct().ToList();
        await using var app = await PortalApp.StartAsync(provider, recipe: "leak-test", settings: new Dictionary<string, string?> { ["Recipes:Path"] = RecipeFolder() });
        using var anonymous = app.CreatePortalClient();
        await AssertMarkersArePlantedAsync(app, markers);

        var fetched = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", "/sitemap.xml", "/robots.txt", .. AnonymousEndpoints(app), .. markers.Select(m => "/sok?q=" + Uri.EscapeDataString(m))]);
        while (queue.Count > 0 && fetched.Count < MaxResponses)
        {
            var url = queue.Dequeue();
            if (fetched.ContainsKey(url))
            {
                continue;
            }

            var response = await anonymous.Http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            fetched[url] = body;
            foreach (var next in LinksIn(url, body, response).Where(n => !fetched.ContainsKey(n)))
            {
                queue.Enqueue(next);
            }
        }

        var leaks = fetched.SelectMany(f => markers.Where(m => Exposed(f.Key, f.Value).Contains(m, StringComparison.OrdinalIgnoreCase)).Select(m => $"{m} in {f.Key}")).ToList();
        Assert.True(leaks.Count == 0, "Non-public material reached public responses: " + string.Join("; ", leaks));
        // The crawl must reach where a leak would show: public content of every module.
        Assert.Contains(fetched.Values, body => body.Contains("Lokalpolisområdeschef", StringComparison.Ordinal));
        Assert.Contains(fetched.Values, body => body.Contains("Skolor med studiero", StringComparison.Ordinal));
        Assert.Contains("/organisation", fetched.Keys);
        Assert.Contains("/atgardsplan/tryggare-innerstad", fetched.Keys);
        Assert.Contains("/atgardsplan/lacktest-offentlig-delatgard", fetched.Keys);
        Assert.Contains("/api/v1/atgarder.csv", fetched.Keys);
        Assert.Contains("/lagesbild", fetched.Keys);
        Assert.Contains(fetched.Values, body => body.Contains("Offentlig text i läcktestet.", StringComparison.Ordinal));
        Assert.Contains("/tillganglighet", fetched.Keys);
        Assert.Contains("/medborgarloften/lacktest-2026", fetched.Keys);
        Assert.Contains(fetched.Values, body => body.Contains("Publicerad uppföljning i läcktestet", StringComparison.Ordinal));
        // News: the published version of an item whose newer draft carries a marker.
        Assert.Contains("/nyheter/lacktest-publicerad", fetched.Keys);
        Assert.Contains(fetched.Values, body => body.Contains("Offentlig ingress i läcktestet.", StringComparison.Ordinal));
        Assert.True(markers.Count >= 3, "The leak-test recipe must carry markers.");
    }

    /// <summary>What a response shows of the site's data. The search page repeats the visitor's own query (in its
    /// title, heading and search box), which is no leak; what it must never show is a marker among its results, so
    /// for /sok only the result list counts (its text, with the highlighting marks joined back into whole words).</summary>
    private static string Exposed(string url, string body) =>
        url.StartsWith("/sok?", StringComparison.Ordinal)
            ? new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body).QuerySelector("main .search-results")?.TextContent ?? string.Empty
            : body;

    /// <summary>A marker that never made it into the database would make the crawl prove nothing.</summary>
    private static async Task AssertMarkersArePlantedAsync(PortalApp app, IReadOnlyList<string> markers)
    {
        using var admin = await app.CreateAdminClientAsync();
        var seen = (await admin.Http.GetStringAsync("/admin/users?q=LÄCKMARKÖR")) + await admin.Http.GetStringAsync("/admin/roles");
        Assert.Contains(markers, m => seen.Contains(m, StringComparison.Ordinal) && m.Contains("PERSONNAMN", StringComparison.Ordinal));
        Assert.Contains(markers, m => seen.Contains(m, StringComparison.Ordinal) && m.Contains("ROLLBESKRIVNING", StringComparison.Ordinal));
        // The leak-test meeting lies in 2030, so it heads the back office's list (latest first).
        var meetings = await admin.Http.GetStringAsync("/admin/meetings");
        var meeting = MeetingLink().Match(meetings).Value;
        var agenda = await admin.Http.GetStringAsync(meeting);
        Assert.Contains(markers, m => agenda.Contains(m, StringComparison.Ordinal) && m.Contains("AGENDATITEL", StringComparison.Ordinal));
        Assert.Contains(markers, m => agenda.Contains(m, StringComparison.Ordinal) && m.Contains("SEKRETESSTITEL", StringComparison.Ordinal));
        // Its draft protokoll holds an Offentlig paragraph that is not justerat yet.
        var protocol = await admin.Http.GetStringAsync(meeting + "/protokoll");
        Assert.Contains(markers, m => protocol.Contains(m, StringComparison.Ordinal) && m.Contains("UTKASTTITEL", StringComparison.Ordinal));
        // Medborgarlöften: the drafts wait on the editors' publishing page.
        var drafts = await admin.Http.GetStringAsync("/admin/medborgarloften/publicera");
        foreach (var kind in new[] { "OVERENSKOMMELSE", "UTKASTSET", "UTKASTLOFTE", "UPPFOLJNINGSTITEL" })
        {
            Assert.Contains(markers, m => drafts.Contains(m, StringComparison.Ordinal) && m.Contains("-" + kind + "-", StringComparison.Ordinal));
        }
        var plan = PlanLink().Match(await admin.Http.GetStringAsync("/admin/plans")).Value;
        var measures = await admin.Http.GetStringAsync(plan + "?q=" + Uri.EscapeDataString("LÄCKMARKÖR"));
        Assert.Contains(markers, m => measures.Contains(m, StringComparison.Ordinal) && m.Contains("ATGARDSTITEL", StringComparison.Ordinal));
        // News and pages: drafts, an internal item and a newer unpublished version are listed by their latest title.
        var content = await admin.Http.GetStringAsync("/admin/innehall");
        foreach (var kind in new[] { "NYHETSUTKAST", "INTERNNYHET", "SENAREUTKAST", "SIDUTKAST" })
        {
            Assert.Contains(markers, m => content.Contains(m, StringComparison.Ordinal) && m.Contains("-" + kind + "-", StringComparison.Ordinal));
        }

        var situation = SituationLink().Match(await admin.Http.GetStringAsync("/admin/situation")).Value;
        var sections = await admin.Http.GetStringAsync(situation);
        Assert.Contains(markers, m => sections.Contains(m, StringComparison.Ordinal) && m.Contains("AVSNITTSTITEL", StringComparison.Ordinal));
    }

    /// <summary>Every GET endpoint an anonymous visitor may call whose route needs no parameter.</summary>
    private static IEnumerable<string> AnonymousEndpoints(PortalApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'));

    /// <summary>Same-site links from HTML (href/src) and sitemaps (loc), outside the back office.</summary>
    private static IEnumerable<string> LinksIn(string url, string body, HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        IEnumerable<string> candidates = type switch
        {
            "text/html" => HtmlLink().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)),
            "application/xml" or "text/xml" when url.EndsWith("sitemap.xml", StringComparison.Ordinal) =>
                XDocument.Parse(body).Descendants().Where(d => d.Name.LocalName == "loc").Select(d => new Uri(d.Value).PathAndQuery),
            _ => [],
        };
        return candidates
            .Select(c => c.Split('#')[0])
            .Where(c => c.StartsWith('/') && !c.StartsWith("//", StringComparison.Ordinal))
            .Where(c => !c.StartsWith("/admin", StringComparison.Ordinal) && !c.StartsWith("/konto/logga-ut", StringComparison.Ordinal));
    }

    private static string RecipeFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghet-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.recipe.json")
                     .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "test-recipes"), "*.recipe.json")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    [GeneratedRegex(@"LÄCKMARKÖR-[A-ZÅÄÖ]+-[0-9a-f]{4}|lackmarkor-[a-z]+-[0-9a-f]{4}")]
    private static partial Regex Marker();

    [GeneratedRegex("/admin/situation/[0-9a-f-]{36}")]
    private static partial Regex SituationLink();

    [GeneratedRegex("/admin/plans/[0-9a-f-]{36}")]
    private static partial Regex PlanLink();

    [GeneratedRegex("/admin/meetings/[0-9a-f-]{36}")]
    private static partial Regex MeetingLink();

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex HtmlLink();
}
