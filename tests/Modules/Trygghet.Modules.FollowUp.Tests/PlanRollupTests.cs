using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>The action plan's totals and progress come from stored roll-ups (ADR 18). They must equal what the list
/// itself finds for every filter, and follow every change to the measures on the very next request.</summary>
public sealed partial class PlanRollupTests
{
    [Fact]
    public async Task EveryFilterCombination_CountsExactlyTheMeasuresTheListShows()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        var (_, page) = await visitor.GetPageAsync("/atgardsplan");
        string[] Options(string name) => ["", .. page.QuerySelectorAll($"select[name={name}] option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0)];

        var checkedCombinations = 0;
        var nonEmpty = 0;
        foreach (var goal in Options("mal"))
        foreach (var area in Options("omrade"))
        foreach (var status in Options("status"))
        {
            var (count, titles) = await ListAsync(visitor, $"/atgardsplan?mal={goal}&omrade={area}&status={status}");
            // The demo's 23 public measures fit on one page, so the page shows every measure that matches.
            Assert.True(count == titles.Count, $"mal={goal}&omrade={area}&status={status}: {count} counted, {titles.Count} listed");
            checkedCombinations++;
            nonEmpty += count > 0 ? 1 : 0;
        }

        foreach (var body in Options("ansvarig"))
        {
            var (count, titles) = await ListAsync(visitor, $"/atgardsplan?ansvarig={body}");
            Assert.True(count == titles.Count, $"ansvarig={body}: {count} counted, {titles.Count} listed");
        }

        Assert.True(checkedCombinations > 100 && nonEmpty > 20, $"{checkedCombinations} combinations, {nonEmpty} with measures");
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task AReportAndAClassificationChange_ShowInTheTotals_OnTheNextRequest(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, recipe: "demo");
        using var visitor = app.CreatePortalClient();
        using var admin = await app.CreateAdminClientAsync();
        var before = await ShownAsync(visitor);
        Assert.Equal(await ExpectedAsync(app), before);

        var report = await admin.MeasurePathAsync("Grannsamverkan mot brott") + "/report";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitWithSelectsAsync(report, [("Input.Progress", "100"), ("Input.Text", "Klart i alla områden.")])).StatusCode);
        var reported = await ShownAsync(visitor);
        Assert.Equal(await ExpectedAsync(app), reported);
        Assert.True(reported.Overall > before.Overall, $"{before.Overall} % before, {reported.Overall} % after");

        var edit = await admin.MeasurePathAsync("Grannsamverkan mot brott");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitWithSelectsAsync(edit, [("Input.Classification", "Intern")])).StatusCode);
        var hidden = await ShownAsync(visitor);
        Assert.Equal(await ExpectedAsync(app), hidden);
        Assert.Equal(before.Matching - 1, hidden.Matching);
        Assert.Equal(before.TopLevel - 1, hidden.TopLevel);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task ReadersComputingAtOnce_AllAnswer_AndOneSetOfRowsIsStored(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, recipe: "demo");
        var cancellationToken = TestContext.Current.CancellationToken;
        var clients = Enumerable.Range(0, 8).Select(_ => app.CreatePortalClient()).ToList();

        // Nothing is stored after the setup, so every one of these computes the roll-ups and tries to store them.
        var responses = await Task.WhenAll(clients.Select(c => c.GetAsync("/atgardsplan")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowUpDbContext>();
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Slug == "atgardsplan-2026-2027", cancellationToken);
        var stored = await db.PlanRollups.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(cancellationToken);
        Assert.NotEmpty(stored);
        Assert.All(stored, r => Assert.Equal(plan.RollupStamp, r.Stamp));
        Assert.Equal(stored.Count, (await PlanRollupCache.ComputeAsync(db, plan.Id, cancellationToken)).Count);
        clients.ForEach(c => c.Dispose());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ChangingOnlyAMeasuresGoals_RenewsThePlansRollups()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        var cancellationToken = TestContext.Current.CancellationToken;
        async Task<int> StoredCountOfGoalAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FollowUpDbContext>();
            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Slug == "atgardsplan-2026-2027", cancellationToken);
            var goal = await db.Goals.AsNoTracking().SingleAsync(g => g.Slug == "okad-trygghet", cancellationToken);
            var figures = await PlanRollupCache.ReadAsync(db, plan, RollupKey.Everything, cancellationToken);
            Assert.True(await db.PlanRollups.AnyAsync(r => r.PlanId == plan.Id && r.Stamp == plan.RollupStamp, cancellationToken), "the rows were stored");
            return figures.Of(RollupKey.Goal(goal.Id)).TopLevel;
        }

        var before = await StoredCountOfGoalAsync();
        Assert.Equal(before, await StoredCountOfGoalAsync()); // Read from the stored rows this time.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A context that tracks the links but not their measure, so the plan is found through the database.
            var db = scope.ServiceProvider.GetRequiredService<FollowUpDbContext>();
            var measure = await db.Measures.AsNoTracking().SingleAsync(m => m.Slug == "klotter-sanering", cancellationToken);
            db.MeasureGoals.RemoveRange(await db.MeasureGoals.Where(l => l.MeasureId == measure.Id).ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        Assert.Equal(before - 1, await StoredCountOfGoalAsync());
        Assert.Equal((await ExpectedAsync(app)).Goals["Ökad trygghet, säkerhet och minskad segregation"], before - 1);
    }

    [Fact]
    public async Task ApiPages_ReadFromTheStartAndFromTheEnd_TileTheWholeListInOrder()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        async Task<List<string>> SlugsAsync(string query)
        {
            var response = await visitor.GetAsync("/api/v1/atgarder?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            return document.RootElement.EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();
        }

        var all = await SlugsAsync("antal=1000");
        Assert.Equal(23, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        // Pages 1–2 are read forwards, 3–5 backwards from the end (past the middle of 23); the last one is short.
        List<string> tiled = [];
        for (var page = 1; page <= 5; page++)
        {
            tiled.AddRange(await SlugsAsync($"antal=5&sida={page}"));
        }

        Assert.Equal(all, tiled);
        Assert.Equal(all[^3..], await SlugsAsync("antal=5&sida=5"));
        Assert.Empty(await SlugsAsync("antal=5&sida=6"));
        Assert.Empty(await SlugsAsync($"antal=1000&sida={int.MaxValue}"));
        var (_, beyond) = await visitor.GetPageAsync($"/atgardsplan?sida={int.MaxValue}");
        Assert.Empty(beyond.QuerySelectorAll("main .measure-list li"));
        app.AssertNoErrorsLogged();
    }

    private static async Task<(int Count, List<string> Titles)> ListAsync(PortalClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = page.QuerySelector("main p[role=status]")!.TextContent.Trim();
        var count = int.Parse(CountPattern().Match(status).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return (count, page.QuerySelectorAll("main .measure-list h3").Select(h => h.TextContent.Trim()).ToList());
    }

    /// <summary>What /atgardsplan shows: the overall mean and its number of top-level measures, the number of measures
    /// in the list, and each goal's number of top-level measures.</summary>
    private static async Task<Figures> ShownAsync(PortalClient visitor)
    {
        var (_, page) = await visitor.GetPageAsync("/atgardsplan");
        var overall = OverallPattern().Match(page.QuerySelector("main dl.facts")!.TextContent);
        var goals = page.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => int.Parse(r.QuerySelectorAll("td")[0].TextContent, System.Globalization.CultureInfo.InvariantCulture));
        var (matching, _) = await ListAsync(visitor, "/atgardsplan");
        return new Figures(int.Parse(overall.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(overall.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), matching, goals);
    }

    /// <summary>The same figures aggregated straight from the tables, as the page did before it had roll-ups.</summary>
    private static async Task<Figures> ExpectedAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowUpDbContext>();
        var cancellationToken = TestContext.Current.CancellationToken;
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Slug == "atgardsplan-2026-2027", cancellationToken);
        var measures = await db.Measures.AsNoTracking().Where(m => m.PlanId == plan.Id && m.Classification == Classification.Offentlig)
            .Include(m => m.Goals).ToListAsync(cancellationToken);
        var topLevel = measures.Where(m => m.ParentId == null).ToList();
        var titles = await db.Goals.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Title, cancellationToken);
        var goals = topLevel.SelectMany(m => m.Goals).GroupBy(l => titles[l.GoalId]).ToDictionary(g => g.Key, g => g.Count());
        // Public figures are the roll-ups of public children only (issue 17): PublicProgress, not TotalProgress.
        return new Figures(PlanQueries.Mean(topLevel.Sum(m => m.PublicProgress), topLevel.Count), topLevel.Count, measures.Count, goals);
    }

    private sealed record Figures(int Overall, int TopLevel, int Matching, Dictionary<string, int> Goals)
    {
        public bool Equals(Figures? other) => other is not null && (Overall, TopLevel, Matching) == (other.Overall, other.TopLevel, other.Matching)
            && Goals.Count == other.Goals.Count && Goals.All(g => other.Goals.TryGetValue(g.Key, out var n) && n == g.Value);

        public override int GetHashCode() => HashCode.Combine(Overall, TopLevel, Matching);

        public override string ToString() => $"{Overall} % of {TopLevel}, {Matching} listed, goals {string.Join(", ", Goals.OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Value}"))}";
    }

    [GeneratedRegex(@"^(\d+) åtgärder")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"(\d+) % \(medel av (\d+) huvudåtgärder\)")]
    private static partial Regex OverallPattern();
}
