using System.Globalization;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>The plan's page in the back office shows progress, not only counts: the measures by status (a chart with
/// its table) and by responsible body (progress bars with the percentage written), each row leading to that body's
/// or status's measures; the citizen theme's chart and progress components, over every measure of the plan.</summary>
public sealed class PlanOverviewTests
{
    [Fact]
    public async Task PlanPage_ShowsProgressByStatusAndBody_AndEachBodyLeadsToItsMeasures()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();

        var (_, page) = await admin.GetPageAsync(plan);

        var total = Count(page.QuerySelector("#measures-caption")!.TextContent);
        Assert.Matches(@"^\d+ % \(medel av \d+ huvudåtgärder\)$", page.QuerySelector("#framsteg-totalt")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#framsteg-totalt svg.progress-bar[aria-hidden=true]"));
        // By status: a chart named for assistive technology, and its table; every measure is counted once.
        var chart = page.QuerySelector("main svg.chart[role=img]");
        Assert.Equal("Antal åtgärder per status", chart!.QuerySelector("title")!.TextContent);
        var statuses = page.QuerySelectorAll("#status-tabell tbody tr").ToList();
        Assert.True(statuses.Count >= 2, $"{statuses.Count} statuses");
        Assert.Equal(total, statuses.Sum(r => Number(r.QuerySelector("td")!)));
        Assert.All(statuses, r => Assert.NotNull(r.QuerySelector("strong.tag")));
        // By body: count, late and a progress bar with the percentage written beside it; all measures counted once.
        var bodies = page.QuerySelectorAll("#organ-tabell tbody tr").ToList();
        Assert.Equal(total, bodies.Sum(r => Number(r.QuerySelectorAll("td")[0])));
        Assert.All(bodies, r =>
        {
            Assert.NotNull(r.QuerySelector("svg.progress-bar"));
            Assert.Matches(@"^\d+ %$", r.QuerySelectorAll("td")[2].TextContent.Trim());
        });
        // The measures list shows the same component per measure.
        Assert.NotEmpty(page.QuerySelectorAll("main table:last-of-type tbody svg.progress-bar"));

        // A body's row leads to exactly its measures.
        var body = bodies.First(r => r.QuerySelector("a") is not null);
        var name = body.QuerySelector("a")!.TextContent.Trim();
        var (_, filtered) = await admin.GetPageAsync(body.QuerySelector("a")!.GetAttribute("href")!.Split('#')[0]);
        Assert.Equal(Number(body.QuerySelectorAll("td")[0]), Count(filtered.QuerySelector("#measures-caption")!.TextContent));
        var responsible = filtered.QuerySelectorAll("main table").Last().QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim()).ToList();
        Assert.NotEmpty(responsible);
        Assert.All(responsible, r => Assert.Equal(name, r));
        app.AssertNoErrorsLogged();
    }

    private static int Number(IElement cell) => int.Parse(cell.TextContent.Trim(), CultureInfo.InvariantCulture);

    /// <summary>"Åtgärder (23)" → 23.</summary>
    private static int Count(string caption) => int.Parse(caption[(caption.IndexOf('(', StringComparison.Ordinal) + 1)..caption.IndexOf(')', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
}
