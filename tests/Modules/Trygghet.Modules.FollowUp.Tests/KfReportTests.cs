using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>The report to kommunfullmäktige for a period: per goal, status and progress as of the period's end,
/// indicator outcomes and the lägesbild's trend; internal measures counted, never shown; the same as CSV.</summary>
public sealed class KfReportTests
{
    [Fact]
    public async Task KfReport_ShowsEachGoalsMeasuresAsOfThePeriodsEnd_WithOutcomesAndTrend_AndNoInternalMeasure()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();
        var tertial2 = StableId.For("period", "atgardsplan-2026-2027/2026-05-01");

        var (_, page) = await admin.GetPageAsync($"{plan}/kf-report?period={tertial2}");

        var main = page.QuerySelector("main")!;
        Assert.Equal("Ökad trygghet, säkerhet och minskad segregation", main.QuerySelectorAll("h2")[0].TextContent.Trim());
        var lighting = main.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Bättre belysning", StringComparison.Ordinal));
        // Genomförd only on 2026-09-15: at the end of tertial 2 it was still under way at 70 %.
        Assert.Equal(["Pågår", "70 %", "Upplysta gångstråk: 3,5 → mål 8, utfall 8,2 km"], lighting.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()).ToList());
        Assert.DoesNotContain("orosanmälningar", main.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Informationsdelning", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 interna åtgärder redovisas inte", main.TextContent, StringComparison.Ordinal);
        var trend = main.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Anmälda brott per 1 000 invånare", StringComparison.Ordinal));
        Assert.Equal("minskar", trend.QuerySelectorAll("td").Last().TextContent.Trim());

        var csv = await (await admin.GetAsync($"{plan}/kf-report?handler=Csv&period={tertial2}")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("goal,measure,slug,responsible,status,progress,indicators\r\n", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",belysning-innerstaden,Miljö- och samhällsbyggnadsförvaltningen,Pågår,70,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("orosanmalningar", csv, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }
}
