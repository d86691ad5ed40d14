using System.Net;
using System.Text.Json;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>/atgardsplan, /atgardsplan/{slug} and /api/v1/atgarder on the demo data: real progress, filters, charts,
/// and nothing internal.</summary>
public sealed class CitizenActionPlanTests
{
    [Fact]
    public async Task ActionPlan_ShowsThePlanInForceWithProgressPerGoalAndArea_AndFilters()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/atgardsplan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Åtgärdsplan för ett tryggare Linköping 2026–2027", page.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("KS 2026-02-10 § 18", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var goalRows = page.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr").Select(r => r.Normalized()).ToList();
        Assert.Contains(goalRows, r => r.StartsWith("Ökad trygghet, säkerhet och minskad segregation", StringComparison.Ordinal));
        var areaRows = page.QuerySelectorAll("main table")[1].QuerySelectorAll("tbody tr").Select(r => r.Normalized()).ToList();
        Assert.Contains(areaRows, r => r.StartsWith("Skäggetorp", StringComparison.Ordinal));
        // 25 measures in the demo, two of them internal.
        Assert.Equal("23 åtgärder matchar urvalet.", page.QuerySelector("main p[role=status]")!.TextContent.Trim());

        var (_, filtered) = await visitor.GetPageAsync("/atgardsplan?omrade=innerstaden&status=genomford");
        var titles = filtered.QuerySelectorAll("main .measure-list h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Bättre belysning i parker och gångstråk", "Fler vuxna på stan under helger"], titles);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Measure_ShowsWhyGoalsTimelineAndIndicatorChartWithItsTable_AndTheRolledUpProgress()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/atgardsplan/tryggare-innerstad");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Children 100 (weight 1), 60 (weight 2), 30 (weight 1): (100 + 120 + 30) / 4 = 62.5 → 63.
        Assert.Equal("63 % genomfört", page.HeadlineProgress());
        var text = page.QuerySelector("main")!.Normalized();
        Assert.Contains("Otrygghet på offentliga platser", text, StringComparison.Ordinal);
        Assert.Contains("Ökad trygghet, säkerhet och minskad segregation", text, StringComparison.Ordinal);
        Assert.Contains("Milstolpe uppnådd: Handlingsplan för innerstaden antagen", text, StringComparison.Ordinal);
        Assert.Contains("Belysningen är klar", text, StringComparison.Ordinal);
        var chart = page.QuerySelector("main svg.chart[role=img]")!;
        Assert.Contains("Utfall: 63 %", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Equal(["Andel som känner sig trygga i centrum kvällstid", "%", "58", "70", "63"],
            page.QuerySelectorAll("main table tbody tr")[0].Children.Select(c => c.TextContent.Trim()).ToList());
        Assert.Equal(3, page.QuerySelectorAll("main h2 + ul.measure-list li").Length);
        // The why is traceable to the lägesbild section itself, and the anchor exists on /lagesbild.
        var why = page.QuerySelectorAll("main a").Single(a => a.GetAttribute("href") == "/lagesbild#avsnitt-otrygghet-offentliga-platser");
        Assert.Equal("Läs avsnittet ”Otrygghet på offentliga platser” i lägesbilden", why.TextContent.Trim());
        var (_, situation) = await visitor.GetPageAsync("/lagesbild");
        Assert.NotNull(situation.GetElementById("avsnitt-otrygghet-offentliga-platser"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Measure_LinkedToAnInternalSection_ShowsNeitherTheLinkNorTheSectionTitle_OnThePageOrInOpenData()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var edit = await admin.MeasurePathAsync("Tryggare innerstad kvällstid");
        var (_, form) = await admin.GetPageAsync(edit);
        var internalSection = form.QuerySelectorAll("select[name='Input.ProblemSectionId'] option")
            .Single(o => o.TextContent.StartsWith("Intern analys: kriminella nätverk", StringComparison.Ordinal)).GetAttribute("value")!;
        var saved = await admin.SubmitWithSelectsAsync(form, [("Input.ProblemSectionId", internalSection)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, again) = await admin.GetPageAsync(edit);
        Assert.Equal(internalSection, again.QuerySelector("select[name='Input.ProblemSectionId'] option[selected]")?.GetAttribute("value"));

        using var visitor = app.CreatePortalClient();
        var (_, page) = await visitor.GetPageAsync("/atgardsplan/tryggare-innerstad");
        var text = page.QuerySelector("main")!.Normalized();
        Assert.DoesNotContain("kriminella nätverk", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => (a.GetAttribute("href") ?? "").StartsWith("/lagesbild#", StringComparison.Ordinal));
        var json = await (await visitor.GetAsync("/api/v1/atgarder")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var measure = document.RootElement.EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "tryggare-innerstad");
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("problemSection").ValueKind);
        Assert.DoesNotContain("intern-analys-natverk", json, StringComparison.Ordinal);
        Assert.Equal("ungdomsbrottslighet", document.RootElement.EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "unga-skaggetorp").GetProperty("problemSection").GetString());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task InternalMeasure_IsNotFound_AndIsLeftOutOfItsPublicParent()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/atgardsplan/orosanmalningar-rutin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/atgardsplan/finns-inte")).StatusCode);
        var (_, parent) = await visitor.GetPageAsync("/atgardsplan/unga-skaggetorp");
        Assert.DoesNotContain("orosanmälningar", parent.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, parent.QuerySelectorAll("main h2 + ul.measure-list li").Length);
    }

    [Fact]
    public async Task OpenData_ListsPublicMeasuresAsJsonAndCsv_WithTheDocumentedFields()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var json = await visitor.GetAsync("/api/v1/atgarder");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("23", json.Headers.GetValues("X-Total-Count").Single());
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(23, items.Count);
        Assert.DoesNotContain(items, i => i.GetProperty("slug").GetString() is "orosanmalningar-rutin" or "informationsdelning-polis");
        var lighting = items.Single(i => i.GetProperty("slug").GetString() == "belysning-innerstaden");
        Assert.Equal("Genomförd", lighting.GetProperty("status").GetString());
        Assert.Equal(100, lighting.GetProperty("progress").GetInt32());
        Assert.Equal("tryggare-innerstad", lighting.GetProperty("parent").GetString());

        var paged = await visitor.GetAsync("/api/v1/atgarder?antal=10&sida=3");
        using var third = JsonDocument.Parse(await paged.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, third.RootElement.GetArrayLength());

        var csv = await (await visitor.GetAsync("/api/v1/atgarder.csv")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,slug,title,description,problem,problemSection,plan,status,progress,responsible,contributors,start,end,parent,goals,areas,lastReported", lines[0]);
        Assert.Equal(24, lines.Length);
    }
}
