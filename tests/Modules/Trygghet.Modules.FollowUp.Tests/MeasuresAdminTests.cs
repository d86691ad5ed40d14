using System.Net;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>Plans and measures in the back office: created, refused with the field and reason, rolled up, and
/// guarded against lost updates.</summary>
public sealed class MeasuresAdminTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Measure_CreatedAsChild_RollsUpIntoItsParent_AndShowsOnceMadePublic(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();

        var created = await admin.SubmitWithSelectsAsync(plan + "/measures/new",
        [
            ("Input.Title", "Ny delåtgärd i innerstaden"),
            ("Input.Slug", "ny-delatgard"),
            ("Input.Progress", "0"),
            ("Input.ParentSlug", "tryggare-innerstad"),
            ("Input.Classification", "Offentlig"),
            ("Input.Targets", "Antal möten | st | 0 | 4 | 1"),
        ]);

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await created.ReadDocumentAsync()).ErrorMessages()));
        Assert.StartsWith("/admin/measures/", created.RedirectPath(), StringComparison.Ordinal);
        using var visitor = app.CreatePortalClient();
        var (_, parent) = await visitor.GetPageAsync("/atgardsplan/tryggare-innerstad");
        // (100·1 + 60·2 + 30·1 + 0·1) / 5 = 50.
        Assert.Equal("50 % genomfört", parent.HeadlineProgress());
        var (response, child) = await visitor.GetPageAsync("/atgardsplan/ny-delatgard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Antal möten", child.QuerySelector("main svg.chart title")!.TextContent, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Measure_BadValuesAreRefusedNamingTheFieldAndReason_AndNothingIsSaved()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();

        var refused = await admin.SubmitWithSelectsAsync(plan + "/measures/new",
        [
            ("Input.Title", "Felaktig åtgärd"),
            ("Input.Slug", "felaktig-atgard"),
            ("Input.Progress", "150"),
            ("Input.Start", "2026-05-01"),
            ("Input.End", "2026-04-01"),
        ]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Framsteg (procent) måste vara mellan 0 och 100."], (await refused.ReadDocumentAsync()).ErrorMessages());

        var backwards = await admin.SubmitWithSelectsAsync(plan + "/measures/new",
            [("Input.Title", "Felaktig åtgärd"), ("Input.Slug", "felaktig-atgard"), ("Input.Start", "2026-05-01"), ("Input.End", "2026-04-01")]);
        var page = await backwards.ReadDocumentAsync();
        Assert.Equal("Slutdatum får inte vara före startdatumet.", page.QuerySelector("#end-error")?.TextContent.Trim());

        // A second plan: a child there may not have a parent in the demo plan.
        var other = await admin.SubmitFormAsync("/admin/plans/new",
            [("Input.Title", "Utkast 2028"), ("Input.Slug", "utkast-2028"), ("Input.From", "2028-01-01"), ("Input.To", "2028-12-31")]);
        var otherPlan = other.RedirectPath();
        var crossPlan = await admin.SubmitWithSelectsAsync(otherPlan + "/measures/new",
            [("Input.Title", "Korsande åtgärd"), ("Input.Slug", "korsande"), ("Input.ParentSlug", "tryggare-innerstad")]);
        Assert.Equal("Överordnad åtgärd hör till en annan åtgärdsplan.", (await crossPlan.ReadDocumentAsync()).QuerySelector("#parent-error")?.TextContent.Trim());

        var (_, list) = await admin.GetPageAsync(plan + "?q=Felaktig");
        Assert.Equal("Inga åtgärder matchar urvalet.", list.QuerySelector("main h2 ~ p:not(:has(a))")?.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Measure_SecondOfTwoConcurrentEditsGetsAConflict()
    {
        await using var app = await PortalApp.StartAsync();
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var edit = await first.MeasurePathAsync("Grannsamverkan mot brott");
        var (_, firstForm) = await first.GetPageAsync(edit);
        var (_, secondForm) = await second.GetPageAsync(edit);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitWithSelectsAsync(firstForm, [("Input.Progress", "40")])).StatusCode);
        var conflict = await second.SubmitWithSelectsAsync(secondForm, [("Input.Progress", "45")]);

        Assert.Equal(["Någon annan har sparat åtgärden under tiden. Ladda om sidan och gör ändringen igen."], (await conflict.ReadDocumentAsync()).ErrorMessages());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Report_SecondOfTwoConcurrentReportsGetsAConflict_AndTheFirstIsOnTheTimeline()
    {
        await using var app = await PortalApp.StartAsync();
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var report = await first.MeasurePathAsync("Grannsamverkan mot brott") + "/report";
        var (_, firstForm) = await first.GetPageAsync(report);
        var (_, secondForm) = await second.GetPageAsync(report);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitWithSelectsAsync(firstForm, [("Input.Progress", "55"), ("Input.Text", "Femton nya områden.")])).StatusCode);
        var conflict = await second.SubmitWithSelectsAsync(secondForm, [("Input.Progress", "10"), ("Input.Text", "Annan rapport.")]);

        Assert.Equal(["Någon annan har rapporterat eller ändrat åtgärden under tiden. Ladda om sidan och gör rapporten igen."], (await conflict.ReadDocumentAsync()).ErrorMessages());
        using var visitor = app.CreatePortalClient();
        var (_, page) = await visitor.GetPageAsync("/atgardsplan/grannsamverkan");
        Assert.Equal("55 % genomfört", page.HeadlineProgress());
        Assert.Contains("Femton nya områden.", page.QuerySelector("main ol.timeline")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Annan rapport.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }
}
