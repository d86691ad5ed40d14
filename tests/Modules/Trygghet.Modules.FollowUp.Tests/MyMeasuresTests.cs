using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>"Mina åtgärder" shows the same progress as the plan: a parent measure's is rolled up from its
/// delåtgärder. It showed the parent's own (never reported) progress, 0 %, where the plan showed 65 % and 63 %.</summary>
public sealed partial class MyMeasuresTests
{
    private static readonly string[] Parents = ["Tryggare innerstad kvällstid", "Förebyggande insatser för unga i Skäggetorp"];

    [Fact]
    public async Task MyMeasures_ShowsEveryMeasuresProgressAsThePlanDoes_ParentsRolledUp()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();

        var plan = await ProgressByTitleAsync(admin, await admin.PlanPathAsync());
        var mine = await ProgressByTitleAsync(admin, "/admin/my-measures");

        Assert.True(mine.Count >= 10, $"Mina åtgärder listed {mine.Count} measures.");
        foreach (var (title, progress) in mine.Where(m => plan.ContainsKey(m.Key)))
        {
            Assert.True(plan[title] == progress, $"{title}: {progress} % in Mina åtgärder, {plan[title]} % in the plan.");
        }

        // The demo's parent measures are listed, rolled up (not their own 0 %).
        foreach (var parent in Parents)
        {
            Assert.True(mine.TryGetValue(parent, out var progress) && progress > 0, $"{parent}: {progress} % in Mina åtgärder.");
        }
    }

    /// <summary>Title → progress (%) of every row of every page of a measures table.</summary>
    private static async Task<Dictionary<string, int>> ProgressByTitleAsync(PortalClient admin, string url)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var pageNumber = 1; pageNumber <= 20; pageNumber++)
        {
            var (_, page) = await admin.GetPageAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "sida=" + pageNumber);
            // The measures table is the last: the plan page shows its overview by status and body above it.
            var rows = page.QuerySelectorAll("main table").Last().QuerySelectorAll("tbody tr").ToList();
            foreach (var row in rows)
            {
                var cells = row.QuerySelectorAll("td").ToList();
                var percent = cells.Select(c => Percent().Match(c.TextContent)).First(m => m.Success);
                result[cells[0].TextContent.Trim()] = int.Parse(percent.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (page.QuerySelector("main .pager a[rel=next]") is null)
            {
                break;
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(\d+) %")]
    private static partial Regex Percent();
}
