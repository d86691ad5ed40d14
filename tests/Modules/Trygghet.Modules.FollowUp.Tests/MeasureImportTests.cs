using System.Net;
using Trygghet.Modules.FollowUp.Transfer;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>CSV import and export of a plan's measures: the whole file or nothing, every error with its line and column.</summary>
public sealed class MeasureImportTests
{
    private const string Header = "id,slug,title,status,progress,start,end,parent,classification,goals";

    [Fact]
    public async Task Import_WithErrors_ListsEachWithLineAndColumn_AndSavesNothing()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();
        var other = (await admin.SubmitFormAsync("/admin/plans/new",
            [("Input.Title", "Annan plan"), ("Input.Slug", "annan-plan"), ("Input.From", "2028-01-01"), ("Input.To", "2028-12-31")])).RedirectPath();

        var file = string.Join("\r\n",
            Header,
            ",helt-ny-atgard,En korrekt ny åtgärd,pagar,10,2026-01-01,2026-12-31,,Offentlig,okad-trygghet",
            ",for-mycket,För mycket framsteg,pagar,150,,,,Offentlig,",
            ",dalig-dag,Dåligt datum,pagar,0,2026-13-01,,,Intern,",
            ",baklanges,Baklänges,pagar,0,2026-06-01,2026-05-01,,Intern,",
            ",\"med\nradbrytning\",\"Titel med\nradbrytning\",okand,0,,,,Intern,inget-mal");
        var refused = await admin.UploadCsvAsync(plan + "/import", file);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var problems = (await refused.ReadDocumentAsync()).QuerySelectorAll("main .error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "Rad 3, kolumn progress: måste vara mellan 0 och 100.",
            "Rad 4, kolumn start: \"2026-13-01\" är inget datum (ÅÅÅÅ-MM-DD).",
            "Rad 5, kolumn end: får inte vara före startdatumet.",
            "Rad 6, kolumn slug: får bara innehålla a–z, 0–9 och bindestreck (högst 80 tecken).",
            "Rad 6, kolumn status: \"okand\" är ingen status (giltiga: avbruten, forsenad, genomford, pagar, planerad).",
            "Rad 6, kolumn goals: \"inget-mal\" finns inte.",
        ], problems);
        var (_, list) = await admin.GetPageAsync(plan + "?q=korrekt");
        // The measures table (the overview of the whole plan stands above it).
        Assert.Empty(list.QuerySelectorAll("main table:has(#measures-caption) tbody tr"));

        // A parent in another plan, and a missing column, are refused the same way.
        var crossPlan = await admin.UploadCsvAsync(other + "/import", Header + "\r\n,barn,Barn,pagar,0,,,tryggare-innerstad,Intern,\r\n");
        Assert.Equal(["Rad 2, kolumn parent: \"tryggare-innerstad\" hör till en annan åtgärdsplan."],
            (await crossPlan.ReadDocumentAsync()).QuerySelectorAll("main .error-summary li").Select(li => li.TextContent.Trim()).ToList());
        var missing = await admin.UploadCsvAsync(plan + "/import", "slug,title\r\nx,Y\r\n");
        Assert.Equal(["Rad 1: kolumnen \"status\" saknas."],
            (await missing.ReadDocumentAsync()).QuerySelectorAll("main .error-summary li").Select(li => li.TextContent.Trim()).ToList());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ExportThenImport_UpdatesByIdAndCreatesNew_AndRollsUp()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();
        var exported = await (await admin.GetAsync(plan + "/export")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var lines = exported.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal(26, lines.Count); // header + 25 measures, internal ones included
        Assert.StartsWith("id,slug,title,description,problem,problemSection,status,progress,responsible,", lines[0], StringComparison.Ordinal);

        // Change the progress of "Kameraövervakning" (30 → 90) and add a new child under the same parent.
        var camera = lines.FindIndex(l => l.Contains(",kamera-stora-torget,", StringComparison.Ordinal));
        lines[camera] = lines[camera].Replace(",forsenad,30,", ",pagar,90,", StringComparison.Ordinal);
        var header = lines[0].Split(',');
        var fields = header.Select(h => h switch
        {
            "slug" => "nytt-barn", "title" => "Nytt barn från CSV", "status" => "planerad", "progress" => "0",
            "parent" => "tryggare-innerstad", "classification" => "Offentlig", _ => string.Empty,
        });
        lines.Add(string.Join(',', fields));
        var imported = await admin.UploadCsvAsync(plan + "/import", string.Join("\r\n", lines) + "\r\n");

        Assert.Equal(plan, imported.RedirectPath());
        var (_, page) = await admin.GetPageAsync(plan);
        Assert.Equal("Importen är klar: 1 nya och 25 uppdaterade åtgärder.", page.QuerySelector("main .notice")?.TextContent.Trim());
        using var visitor = app.CreatePortalClient();
        var (_, parent) = await visitor.GetPageAsync("/atgardsplan/tryggare-innerstad");
        // (100·1 + 60·2 + 90·1 + 0·1) / 5 = 62.
        Assert.Equal("62 % genomfört", parent.HeadlineProgress());
        // The lägesbild section survived the round trip as "lägesbild/avsnitt".
        Assert.Contains(parent.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/lagesbild#avsnitt-otrygghet-offentliga-platser");
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Import_LinksAMeasureToALagesbildSectionByItsKey_AndRefusesAnUnknownSectionWithLineAndColumn()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();
        const string header = "slug,title,status,classification,problemSection";

        var refused = await admin.UploadCsvAsync(plan + "/import", string.Join("\r\n", header,
            "ny-narkotika,Ny mot narkotika,planerad,Offentlig,lagesbild-2025/narkotika",
            "ny-fel,Fel avsnitt,planerad,Offentlig,narkotika") + "\r\n");
        Assert.Equal(["Rad 3, kolumn problemSection: \"narkotika\" är inget avsnitt (skriv lägesbild/avsnitt med deras adressnamn)."],
            (await refused.ReadDocumentAsync()).QuerySelectorAll("main .error-summary li").Select(li => li.TextContent.Trim()).ToList());
        using var visitor = app.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/atgardsplan/ny-narkotika")).StatusCode);

        var imported = await admin.UploadCsvAsync(plan + "/import", header + "\r\nny-narkotika,Ny mot narkotika,planerad,Offentlig,lagesbild-2025/narkotika\r\n");
        Assert.Equal(plan, imported.RedirectPath());
        var (_, page) = await visitor.GetPageAsync("/atgardsplan/ny-narkotika");
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/lagesbild#avsnitt-narkotika");
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public void CsvReader_KeepsQuotedLineBreaksAndCommas_AndNumbersRecordsByTheirFirstLine()
    {
        var (records, problem) = CsvReader.Read("a,b\r\n\"x,\ny\",\"say \"\"hi\"\"\"\r\nlast,row");

        Assert.Null(problem);
        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["x,\ny", "say \"hi\""], records[1].Fields);
        Assert.Equal("Rad 2: ett citattecken avslutas aldrig.", CsvReader.Read("a\n\"open").Problem);
    }
}
