using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Attachments follow their agenda item: public with an Offentlig item of a published kallelse, for the
/// forum's members with an Intern or Sekretess one; wrong types and sizes are refused naming the file.</summary>
public sealed class AttachmentsTests
{
    private static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.4\n% test\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Attachment_OfAPublicItemIsPublic_OfASecretItemOnlyForTheForumsLedamoter(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("ledamot@example.se", "Ledamot", "Forumledamot");
        await admin.CreateUserAsync("adjungerad@example.se", "Adjungerad", "Forumledamot");
        await admin.JoinAsync("Trygghetsrådet", "Ledamot", "ledamot@example.se");
        await admin.JoinAsync("Trygghetsrådet", "Adjungerad", "adjungerad@example.se", kind: "Adjungerad");
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", app.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "13:00", "15:00");
        await admin.AddAgendaItemAsync(meeting, "Lägesbild", "Offentlig");
        await admin.AddAgendaItemAsync(meeting, "Riskanalys", "Sekretess", osl: "18 kap. 13 § OSL", markedBy: "Säkerhetsenheten");
        var (_, agenda) = await admin.GetPageAsync(meeting);
        var items = agenda.QuerySelectorAll("main table tbody a").Select(a => a.GetAttribute("href")!).ToList();
        var publicFile = await admin.UploadAsync(items[0] + "/bilagor", "lagesbild.pdf", PdfBytes);
        var secretFile = await admin.UploadAsync(items[1] + "/bilagor", "riskanalys.pdf", PdfBytes);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(agenda, [], handler: "Publish")).StatusCode);
        var id = MinutesHttp.MeetingId(meeting);
        using var citizen = app.CreatePortalClient();
        using var member = await app.CreateSignedInClientAsync("ledamot@example.se");
        using var coOpted = await app.CreateSignedInClientAsync("adjungerad@example.se");

        var (_, publicPage) = await citizen.GetPageAsync("/sammantraden/" + id);
        Assert.Equal([$"/sammantraden/{id}/bilagor/{publicFile}"], publicPage.QuerySelectorAll("main ul.attachments a").Select(a => a.GetAttribute("href")));
        var download = await citizen.GetAsync($"/sammantraden/{id}/bilagor/{publicFile}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(PdfBytes, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/sammantraden/{id}/bilagor/{secretFile}")).StatusCode);
        Assert.DoesNotContain("riskanalys.pdf", publicPage.Source.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/meetings/{id}/bilagor/{secretFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/admin/mina-forum/sammantraden/{id}/bilagor/{secretFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coOpted.GetAsync($"/admin/mina-forum/sammantraden/{id}/bilagor/{secretFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coOpted.GetAsync($"/admin/mina-forum/sammantraden/{id}/bilagor/{publicFile}")).StatusCode);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Attachment_TooLargeOfAForbiddenTypeOrNotWhatItsNameSays_IsRefusedAndNothingIsKept()
    {
        await using var app = await PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["Modules:Governance:MaxAttachmentBytes"] = "1024" });
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Samverkansråd", app.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "13:00", "15:00");
        await admin.AddAgendaItemAsync(meeting, "Lägesbild", "Offentlig");
        var (_, agenda) = await admin.GetPageAsync(meeting);
        var page = agenda.QuerySelector("main table tbody a")!.GetAttribute("href")! + "/bilagor";

        var tooLarge = await admin.PostFileAsync(page, "stor.pdf", [.. PdfBytes, .. new byte[2048]]);
        var program = await admin.PostFileAsync(page, "program.exe", [0x4D, 0x5A, 0x90, 0x00]);
        var disguised = await admin.PostFileAsync(page, "faktura.pdf", [0x4D, 0x5A, 0x90, 0x00]);

        Assert.Equal(["Filen stor.pdf är för stor: högst 1 kB."], (await tooLarge.ReadDocumentAsync()).ErrorMessages());
        Assert.Equal(["Filen program.exe har en filtyp som inte är tillåten; tillåtna är PDF, Word (docx), Excel (xlsx), PowerPoint (pptx), OpenDocument (odt, ods), PNG och JPEG."],
            (await program.ReadDocumentAsync()).ErrorMessages());
        Assert.Equal(["Filen faktura.pdf stämmer inte med sin filändelse."], (await disguised.ReadDocumentAsync()).ErrorMessages());
        var (_, list) = await admin.GetPageAsync(page);
        Assert.Empty(list.QuerySelectorAll("main ul.attachments li"));
        app.AssertNoErrorsLogged();
    }

    /// <summary>Issue 17, point 10: an agenda item took any ZIP named .docx, .xlsx or .odt. Now the content must be
    /// that very format (Media's FileKinds, the check every uploader uses), refused at the file field otherwise.</summary>
    [Fact]
    public async Task OfficeNamedUpload_ThatIsNotThatFormat_IsRefusedAtTheFileField_ARealOneIsKept()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Samverkansråd", app.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "13:00", "15:00");
        await admin.AddAgendaItemAsync(meeting, "Lägesbild", "Offentlig");
        var (_, agenda) = await admin.GetPageAsync(meeting);
        var page = agenda.QuerySelector("main table tbody a")!.GetAttribute("href")! + "/bilagor";

        foreach (var (name, content) in new[]
        {
            ("arkiv.docx", OfficeFiles.PlainZip()), ("arkiv.xlsx", OfficeFiles.PlainZip()), ("arkiv.odt", OfficeFiles.PlainZip()),
            ("utan-typ.docx", OfficeFiles.DocxWithoutMainType()), ("makro.docx", OfficeFiles.Docm()),
            ("fel-typ.odt", OfficeFiles.OdtWithWrongMimetype()), ("word.odt", OfficeFiles.Docx()),
        })
        {
            var refused = await (await admin.PostFileAsync(page, name, content)).ReadDocumentAsync();
            Assert.Equal($"Filen {name} stämmer inte med sin filändelse.", refused.QuerySelector("#file-error")?.TextContent.Trim());
        }

        // Issue 17, point 8: a right-to-left override showed "rtl\u202Eexe.pdf" as "rtlfdp.exe" on the public page.
        var spoofed = await (await admin.PostFileAsync(page, "rtl\u202Eexe.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())).ReadDocumentAsync();
        Assert.Equal("Filen rtlexe.pdf har ett namn med osynliga tecken eller tecken som vänder textriktningen.", spoofed.QuerySelector("#file-error")?.TextContent.Trim());

        await admin.UploadAsync(page, "underlag.docx", OfficeFiles.Docx());
        await admin.UploadAsync(page, "underlag.odt", OfficeFiles.Odt());
        var (_, list) = await admin.GetPageAsync(page);
        Assert.Equal(2, list.QuerySelectorAll("main ul.attachments li").Length);
        app.AssertNoErrorsLogged();
    }
}

internal static class AttachmentsHttp
{
    /// <summary>Posts <paramref name="content"/> as the upload form of <paramref name="page"/> would.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this PortalClient admin, string page, string fileName, byte[] content)
    {
        var (_, form) = await admin.GetPageAsync(page);
        var token = form.QuerySelector("main form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", fileName);
        return await admin.Http.PostAsync(page, body, TestContext.Current.CancellationToken);
    }

    /// <summary>Uploads a file and returns its id, from its download link on the attachments page.</summary>
    public static async Task<string> UploadAsync(this PortalClient admin, string page, string fileName, byte[] content)
    {
        var response = await admin.PostFileAsync(page, fileName, content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await response.ReadDocumentAsync()).ErrorMessages()));
        var (_, list) = await admin.GetPageAsync(page);
        var href = list.QuerySelectorAll("main ul.attachments a").Single(a => a.TextContent.Trim() == fileName).GetAttribute("href")!;
        return href[(href.LastIndexOf('/') + 1)..];
    }
}
