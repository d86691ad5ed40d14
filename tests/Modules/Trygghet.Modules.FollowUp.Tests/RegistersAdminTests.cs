using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>The registers kept in the back office between recipe runs: areas, responsible bodies with their
/// reporters, and statuses. Keys are given once; names change and show at once on the cached public pages.</summary>
public sealed class RegistersAdminTests
{
    [Fact]
    public async Task Area_CreatedIsOfferedOnMeasures_AndARenameShowsAtOnceOnTheCachedPublicActionPlan()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        using var visitor = app.CreatePortalClient();
        var (_, before) = await visitor.GetPageAsync("/atgardsplan");
        Assert.Contains("Skäggetorp", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var created = await admin.SubmitFormAsync("/admin/areas", [("Input.Name", "Vallastaden"), ("Input.Key", "vallastaden"), ("Input.SortOrder", "50")]);
        Assert.Equal("/admin/areas", created.RedirectPath());
        var taken = await (await admin.SubmitFormAsync("/admin/areas", [("Input.Name", "Valla igen"), ("Input.Key", "vallastaden")])).ReadDocumentAsync();
        Assert.Equal("Används redan.", taken.QuerySelector("#slug-error, #key-error")!.TextContent.Trim());
        var plan = await admin.PlanPathAsync();
        var (_, measureForm) = await admin.GetPageAsync(plan + "/measures/new");
        Assert.Contains(measureForm.QuerySelectorAll("fieldset label"), l => l.TextContent.Trim() == "Vallastaden");

        var (_, list) = await admin.GetPageAsync("/admin/areas");
        var edit = list.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == "Skäggetorp").GetAttribute("href")!;
        var renamed = await admin.SubmitFormAsync(edit, [("Input.Name", "Skäggetorp centrum")]);
        Assert.Equal("/admin/areas", renamed.RedirectPath());
        var (_, after) = await visitor.GetPageAsync("/atgardsplan");
        Assert.Contains("Skäggetorp centrum", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The key stays: the public filter link still works.
        var (_, filtered) = await visitor.GetPageAsync("/atgardsplan?omrade=skaggetorp");
        Assert.NotEmpty(filtered.QuerySelectorAll("main .measure-list h3"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Body_RefusesABadReporterAddressNamingItsLine_AndANewReporterMayReportOnTheBodysMeasures()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();

        var bad = await (await admin.SubmitWithSelectsAsync("/admin/bodies",
            [("Input.Name", "Tekniska förvaltningen"), ("Input.Key", "tekniska"), ("Input.Kind", "Forvaltning"), ("Input.Reporters", "ok@linkoping.se\ninte en adress")])).ReadDocumentAsync();
        Assert.Equal("Rapportörer, rad 2: \"inte en adress\" är ingen e-postadress.", bad.QuerySelector("#reporters-error")!.TextContent.Trim());
        var (_, none) = await admin.GetPageAsync("/admin/bodies");
        Assert.DoesNotContain(none.QuerySelectorAll("main table a"), a => a.TextContent.Trim() == "Tekniska förvaltningen");

        var created = await admin.SubmitWithSelectsAsync("/admin/bodies",
            [("Input.Name", "Tekniska förvaltningen"), ("Input.Key", "tekniska"), ("Input.Kind", "Forvaltning"), ("Input.Reporters", "Rapportor@Linkoping.se\n\nrapportor@linkoping.se")]);
        Assert.Equal("/admin/bodies", created.RedirectPath());
        var (_, list) = await admin.GetPageAsync("/admin/bodies");
        var row = list.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("Tekniska förvaltningen", StringComparison.Ordinal));
        Assert.Equal(["Tekniska förvaltningen", "Förvaltning", "tekniska", "1"], row.Children.Select(c => c.TextContent.Trim()).ToList());
        var (_, edit) = await admin.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("rapportor@linkoping.se", edit.QuerySelector("textarea[name='Input.Reporters']")!.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Status_RefusesADefaultProgressAbove100_AndTheSecondOfTwoEditsGetsAConflict()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();

        var bad = await (await admin.SubmitFormAsync("/admin/statuses", [("Input.Name", "Pausad"), ("Input.Key", "pausad"), ("Input.DefaultProgress", "150")])).ReadDocumentAsync();
        Assert.Equal("Förvalt framsteg (procent) måste vara mellan 0 och 100.", bad.QuerySelector("#progress-error")!.TextContent.Trim());
        Assert.Equal("/admin/statuses", (await admin.SubmitFormAsync("/admin/statuses", [("Input.Name", "Pausad"), ("Input.Key", "pausad")])).RedirectPath());

        var (_, list) = await admin.GetPageAsync("/admin/statuses");
        var edit = list.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == "Pausad").GetAttribute("href")!;
        var (_, first) = await admin.GetPageAsync(edit);
        var (_, second) = await admin.GetPageAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(first, [("Input.DefaultProgress", "10")])).StatusCode);
        var conflict = await (await admin.SubmitFormAsync(second, [("Input.DefaultProgress", "20")])).ReadDocumentAsync();
        Assert.Contains("Någon annan har sparat under tiden", conflict.QuerySelector("main .error-summary")!.TextContent, StringComparison.Ordinal);
        var (_, saved) = await admin.GetPageAsync("/admin/statuses");
        var row = saved.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains("Pausad", StringComparison.Ordinal));
        Assert.Equal(["Pausad", "pausad", "10 %", "Nej"], row.Children.Select(c => c.TextContent.Trim()).ToList());
        app.AssertNoErrorsLogged();
    }
}
