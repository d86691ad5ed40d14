using System.Text.Json;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Publishing;

/// <summary>A measure's progress is shown on several public pages of several modules. Each of them, cached as shipped,
/// shows a new report on the next anonymous request: the report's publication event evicts the measures tag, and every
/// page that shows a measure carries it (the medborgarlöfte page was tagged "promises" only and showed the old
/// progress until its entry expired).</summary>
public sealed class MeasureChangeTests
{
    private const string Measure = "belysning-innerstaden";
    private const string MeasureTitle = "Bättre belysning i parker och gångstråk";

    private static readonly string[] Pages = ["/atgardsplan/" + Measure, "/atgardsplan", "/medborgarloften/linkoping-2026", "/api/v1/atgarder?antal=100"];

    [Fact]
    public async Task ProgressReport_IsShownOnEveryPublicPageShowingTheMeasure_OnTheNextAnonymousRequest()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        foreach (var page in Pages)
        {
            await visitor.Http.GetAsync(page, TestContext.Current.CancellationToken);
            var again = await visitor.Http.GetAsync(page, TestContext.Current.CancellationToken);
            Assert.True(again.Headers.Contains("Age"), $"{page} was not cached before the report.");
            Assert.DoesNotContain("83 %", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using var admin = await app.CreateAdminClientAsync();
        await admin.ReportProgressAsync(await admin.MeasurePathAsync(MeasureTitle), 83, "Tolv nya armaturer i Folkets park.");

        foreach (var page in Pages[..^1])
        {
            var body = await visitor.Http.GetStringAsync(page, TestContext.Current.CancellationToken);
            Assert.True(body.Contains("83 %", StringComparison.Ordinal), $"{page} still shows the measure's old progress.");
        }

        using var api = JsonDocument.Parse(await visitor.Http.GetStringAsync(Pages[^1], TestContext.Current.CancellationToken));
        var measure = api.RootElement.EnumerateArray().Single(m => m.GetProperty("slug").GetString() == Measure);
        Assert.Equal(83, measure.GetProperty("progress").GetInt32());
        app.AssertNoErrorsLogged();
    }
}
