using System.Net;
using System.Text.Json;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>Indicators kept in the back office: described in a form, their values imported from CSV (the whole file or
/// nothing, every error with line and column) and exported in the same columns.</summary>
public sealed class IndicatorAdminTests
{
    private const string Header = "indicator,year,area,gender,ageGroup,value";

    [Fact]
    public async Task ValuesImport_WithErrors_ListsEachWithLineAndColumn_AndSavesNothing_ThenAGoodFileReplacesTheNamedIndicatorsValues()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var report = await ReportPathAsync(admin);
        var (_, create) = await admin.GetPageAsync(report + "/indicators/new");
        var drugs = create.QuerySelectorAll("select[name='Input.SectionId'] option").Single(o => o.TextContent.StartsWith("Narkotika", StringComparison.Ordinal)).GetAttribute("value")!;
        var created = await admin.SubmitWithSelectsAsync(create,
            [("Input.Name", "Beslag av narkotika"), ("Input.Slug", "narkotikabeslag"), ("Input.Unit", "antal"), ("Input.Source", "Polisen"),
             ("Input.SectionId", drugs), ("Input.Classification", "Offentlig")]);
        Assert.Equal(report, created.RedirectPath());
        using var visitor = app.CreatePortalClient();
        Assert.Equal(65, await PublicValueCountAsync(visitor));

        var bad = string.Join("\r\n", Header,
            "narkotikabeslag,2024,,,,40",
            "narkotikabeslag,24,,,,41",
            "narkotikabeslag,2025,mars,,,42",
            "narkotikabeslag,2025,,alla,,43",
            "narkotikabeslag,2023,,,,\"1 000\"",
            "narkotikabeslag,2024,,,,44",
            "finns-inte,2025,,,,1") + "\r\n";
        var refused = await admin.UploadCsvAsync(report + "/values/import", bad);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(
        [
            "Rad 3, kolumn year: \"24\" är inget år mellan 1900 och 2100.",
            "Rad 4, kolumn area: \"mars\" är inget område.",
            "Rad 5, kolumn gender: \"alla\" ska vara kvinnor, man eller tomt.",
            "Rad 6, kolumn value: \"1 000\" är inget tal (decimalpunkt, inga tusentalsavgränsare).",
            "Rad 7: samma indikator, år, område, kön och åldersgrupp som rad 2.",
            "Rad 8, kolumn indicator: \"finns-inte\" är ingen indikator i den här lägesbilden.",
        ], (await refused.ReadDocumentAsync()).QuerySelectorAll("main .error-summary li").Select(li => li.TextContent.Trim()).ToList());
        Assert.Equal(65, await PublicValueCountAsync(visitor));
        var missing = await admin.UploadCsvAsync(report + "/values/import", "indicator,year\r\nnarkotikabeslag,2024\r\n");
        Assert.Equal(["Rad 1: kolumnen \"value\" saknas."],
            (await missing.ReadDocumentAsync()).QuerySelectorAll("main .error-summary li").Select(li => li.TextContent.Trim()).ToList());

        var good = string.Join("\r\n", Header,
            "narkotikabeslag,2023,,,,31",
            "narkotikabeslag,2024,,,,40.5",
            "narkotikabeslag,2025,skaggetorp,,,12",
            "narkotikabrott,2024,,,,10.1",
            "narkotikabrott,2025,,,,9.4") + "\r\n";
        var imported = await admin.UploadCsvAsync(report + "/values/import", good);
        Assert.Equal(report, imported.RedirectPath());
        var (_, edit) = await admin.GetPageAsync(report);
        Assert.Equal("Importen är klar: 5 värden för 2 indikatorer.", edit.QuerySelector("main .notice")?.TextContent.Trim());

        // narkotikabrott's 10 recipe values are replaced by the file's 2; the new indicator adds 3; the others keep theirs.
        Assert.Equal(65 - 10 + 2 + 3, await PublicValueCountAsync(visitor));
        var (_, situation) = await visitor.GetPageAsync("/lagesbild");
        var seizures = situation.QuerySelector("#indikator-narkotikabeslag")!;
        Assert.Contains("Beslag av narkotika", seizures.TextContent, StringComparison.Ordinal);
        Assert.NotNull(seizures.QuerySelector("svg.chart[role=img]"));

        var exported = await (await admin.GetAsync(report + "/values/export")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = exported.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        Assert.Contains("narkotikabeslag,2024,,,,40.5", lines);
        Assert.Contains("narkotikabeslag,2025,skaggetorp,,,12", lines);
        Assert.Equal(2, lines.Count(l => l.StartsWith("narkotikabrott,", StringComparison.Ordinal)));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task IndicatorEdit_RefusesATakenSlugNamingTheField_AndTheSecondOfTwoEditsGetsAConflict()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var report = await ReportPathAsync(admin);
        var (_, overview) = await admin.GetPageAsync(report);
        var edit = overview.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == "Anmälda narkotikabrott per 1 000 invånare").GetAttribute("href")!;

        var taken = await admin.SubmitWithSelectsAsync(edit, [("Input.Slug", "anmalda-brott")]);
        var page = await taken.ReadDocumentAsync();
        Assert.Equal("Adressnamnet används redan av en annan indikator.", page.QuerySelector("#slug-error")!.TextContent.Trim());

        var (_, first) = await admin.GetPageAsync(edit);
        var (_, second) = await admin.GetPageAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitWithSelectsAsync(first, [("Input.Source", "Brå")])).StatusCode);
        var conflict = await (await admin.SubmitWithSelectsAsync(second, [("Input.Source", "NTU")])).ReadDocumentAsync();
        Assert.Contains("Någon annan har sparat indikatorn under tiden", conflict.QuerySelector("main .error-summary")!.TextContent, StringComparison.Ordinal);
        var (_, saved) = await admin.GetPageAsync(edit);
        Assert.Equal("Brå", saved.QuerySelector("input[name='Input.Source']")!.GetAttribute("value"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task IndicatorPages_AreForThoseWhoManageTheLagesbild()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var report = await ReportPathAsync(admin);
        using var visitor = app.CreatePortalClient();

        foreach (var path in new[] { report + "/indicators/new", report + "/values/import", report + "/values/export" })
        {
            var response = await visitor.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{path} answered {response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/situation/{Guid.NewGuid()}/values/import")).StatusCode);
    }

    private static async Task<string> ReportPathAsync(PortalClient admin)
    {
        var (_, list) = await admin.GetPageAsync("/admin/situation");
        return list.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!)
            .First(h => h.StartsWith("/admin/situation/", StringComparison.Ordinal) && Guid.TryParse(h["/admin/situation/".Length..], out _));
    }

    private static async Task<int> PublicValueCountAsync(PortalClient visitor)
    {
        using var document = JsonDocument.Parse(await (await visitor.GetAsync("/api/v1/lagesbild/indikatorer")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.GetArrayLength();
    }
}
