using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>The leak gate's second half (issue 17, point 2): no text of a non-public item reaches a public response
/// (<see cref="LeakTests"/>), and no number does either. Public figures — a measure's progress, the plan's, per goal
/// and per area, the open-data list and its CSV — are computed from public items only, so changing only Intern items
/// leaves every public response the same, byte for byte. In the demo, "Förebyggande insatser för unga i Skäggetorp"
/// has three public children (70, 100, 40 %) and an Intern one (50 %): it showed 65 % instead of 70 %, which told
/// that a hidden child exists and what it reports.</summary>
public sealed partial class InferenceTests
{
    private const string InternChild = "Gemensam rutin för orosanmälningar mellan skola, socialtjänst och polis";

    /// <summary>Public responses that show progress figures, or link to a measure that does.</summary>
    private static readonly string[] PublicUrls =
    [
        "/", "/atgardsplan", "/atgardsplan/unga-skaggetorp", "/api/v1/atgarder", "/api/v1/atgarder.csv",
        "/medborgarloften/linkoping-2026", "/sitemap.xml",
    ];

    [Fact]
    public async Task ChangingOnlyInternItems_ChangesNoPublicResponse_ByteForByte()
    {
        // Without the output cache every "after" response is rendered from the database; with it, a page the change
        // does not evict would be served from before the change and hide exactly the leak this test looks for.
        await using var app = await PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        using var anonymous = app.CreatePortalClient();
        using var admin = await app.CreateAdminClientAsync();
        var before = await FetchAsync(anonymous);
        Assert.Equal(before, await FetchAsync(anonymous)); // the comparison itself is stable
        var (_, parent) = await anonymous.GetPageAsync("/atgardsplan/unga-skaggetorp");
        Assert.Equal("70 % genomfört", parent.QuerySelector("main h1 + p strong")?.TextContent.Trim());

        var child = await MeasurePathAsync(admin, InternChild);
        var reported = await SubmitWithSelectsAsync(admin, child + "/report", [("Input.Progress", "95"), ("Input.Text", "Internt läge")]);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var edited = await SubmitWithSelectsAsync(admin, child, [("Input.Weight", "5"), ("Input.Title", InternChild + " (ändrad)")]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var (_, backOffice) = await admin.GetPageAsync(await MeasurePathAsync(admin, "Förebyggande insatser för unga i Skäggetorp"));
        Assert.Contains("Offentligt visas 70 % (bara offentliga delåtgärder).", backOffice.QuerySelector("main .public-progress")?.TextContent, StringComparison.Ordinal);

        var after = await FetchAsync(anonymous);
        foreach (var url in PublicUrls)
        {
            Assert.True(before[url] == after[url], $"{url} changed when only Intern items did:\n{FirstDifference(before[url], after[url])}");
        }

        app.AssertNoErrorsLogged();
    }

    private static async Task<Dictionary<string, string>> FetchAsync(PortalClient anonymous)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in PublicUrls)
        {
            var response = await anonymous.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            // The CSP nonce is new on every response by design; everything else must stay.
            bodies[url] = Nonce().Replace(await response.Content.ReadAsStringAsync(), "nonce=\"…\"");
        }

        return bodies;
    }

    private static string FirstDifference(string before, string after)
    {
        var i = 0;
        while (i < before.Length && i < after.Length && before[i] == after[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 120);
        return $"before: …{before[from..Math.Min(before.Length, i + 120)]}…\nafter:  …{after[from..Math.Min(after.Length, i + 120)]}…";
    }

    private static async Task<string> MeasurePathAsync(PortalClient admin, string title)
    {
        var (_, plans) = await admin.GetPageAsync("/admin/plans");
        var plan = plans.QuerySelectorAll("main table a").First().GetAttribute("href")!;
        var (_, list) = await admin.GetPageAsync(plan + "?q=" + Uri.EscapeDataString(title));
        return list.QuerySelectorAll("main table a").First(a => a.TextContent.Trim() == title).GetAttribute("href")!;
    }

    /// <summary>The page's first post form as a browser sends it: its inputs, text areas and selected options.</summary>
    private static async Task<HttpResponseMessage> SubmitWithSelectsAsync(PortalClient client, string url, (string Name, string Value)[] values)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = document.QuerySelectorAll("main form[method=post]").First(f => !(f.GetAttribute("action") ?? string.Empty).Contains("handler=", StringComparison.Ordinal));
        var selects = form.QuerySelectorAll("select")
            .Where(s => values.All(v => v.Name != s.GetAttribute("name")))
            .Select(s => (s.GetAttribute("name")!, (s.QuerySelector("option[selected]") ?? s.QuerySelector("option"))?.GetAttribute("value") ?? string.Empty));
        return await client.SubmitFormAsync(document, [.. selects, .. values], "main form[method=post]");
    }

    [GeneratedRegex("nonce=\"[^\"]*\"")]
    private static partial Regex Nonce();
}
