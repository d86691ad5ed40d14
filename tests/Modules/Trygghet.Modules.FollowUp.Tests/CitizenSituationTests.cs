using System.Net;
using System.Text.Json;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>/lagesbild and its open data on the demo: public sections with charts, breakdowns and data tables; the
/// internal section and its indicator nowhere.</summary>
public sealed class CitizenSituationTests
{
    [Fact]
    public async Task Situation_ShowsPublicSectionsWithChartsOfTheBreakdownsAndTheirTables_AndNoInternalSection()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/lagesbild");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Otrygghet på offentliga platser", "Ungdomsbrottslighet", "Narkotika", "Fler indikatorer", "Öppna data"], headings);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("nätverk", text, StringComparison.OrdinalIgnoreCase);

        var unsafeAtNight = page.QuerySelector("#indikator-otrygghet-kvallstid")!;
        // Each chart is drawn for a narrow and a wide column; the wide ones: all as lines, and per gender as bars of
        // the latest year (the gender trend is in the table).
        Assert.Equal(4, unsafeAtNight.QuerySelectorAll("svg.chart[role=img]").Length);
        var charts = unsafeAtNight.QuerySelectorAll("svg.chart-bred[role=img]");
        Assert.Equal(2, charts.Length);
        Assert.NotEmpty(charts[0].QuerySelectorAll("polyline"));
        Assert.Equal("Känner sig otrygg utomhus sen kväll, per kön, 2025", charts[1].QuerySelector("title")!.TextContent);
        Assert.Equal("Kvinnor: 33 %; Män: 14 %", charts[1].QuerySelector("desc")!.TextContent);
        Assert.Empty(charts[1].QuerySelectorAll("polyline"));
        Assert.Equal(15, unsafeAtNight.QuerySelectorAll("table tbody tr").Length);
        var crimes = page.QuerySelector("#indikator-anmalda-brott svg.chart title")!.TextContent;
        Assert.Equal("Anmälda brott per 1 000 invånare, per område", crimes);
        Assert.Contains("18–20 år", page.QuerySelector("#indikator-misstankta-unga")!.TextContent, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task IndicatorOpenData_HasEveryPublicValue_AndNoInternalIndicator()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var json = await visitor.GetAsync("/api/v1/lagesbild/indikatorer");
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var rows = document.RootElement.EnumerateArray().ToList();
        // 25 + 15 + 15 + 10 public values; the internal section's indicator is left out.
        Assert.Equal(65, rows.Count);
        Assert.DoesNotContain(rows, r => r.GetProperty("indicator").GetString() == "natverk-narvaro");
        var women2025 = rows.Single(r => r.GetProperty("indicator").GetString() == "otrygghet-kvallstid" && r.GetProperty("year").GetInt32() == 2025 && r.GetProperty("gender").GetString() == "kvinnor");
        Assert.Equal(33m, women2025.GetProperty("value").GetDecimal());

        var csv = await (await visitor.GetAsync("/api/v1/lagesbild/indikatorer.csv")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("indicator,name,unit,source,lagesbild,year,area,gender,ageGroup,value\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("anmalda-brott,Anmälda brott per 1 000 invånare,per 1 000 invånare,\"Brå, anmälda brott\",lagesbild-2025,2025,skaggetorp,,,126", csv, StringComparison.Ordinal);
    }
}
