using System.Net;
using System.Net.Http.Headers;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>The samverkansråd's meeting attachments in its space: an Offentlig or Intern item's attachment is listed
/// and downloaded (audited) by the space's members; a Sekretess item's is neither listed nor served, whatever URL is
/// built; an outsider and a member of another forum's space get 404 for the same URLs.</summary>
public sealed class MeetingAttachmentsTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Members_DownloadANonSekretessAttachment_ASekretessOneIsNeverServed_OutsidersGet404()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.AddMemberAsync("medlem@example.se", "Lasare");
        await admin.CreateUserAsync("utomstaende@example.se", "Utomstående", "Partner");
        await admin.CreateUserAsync("annan@example.se", "Annan Yta", "Partner");
        await SpaceAccessTests.OtherSpaceWithMemberAsync(site, "annan@example.se");

        using var member = await site.SignedInAsync("medlem@example.se", PortalHttp.UserPassword);
        var (_, space) = await member.GetPageAsync(PartnersHttp.Space);
        var meetingId = space.QuerySelector("main article.meeting")!.GetAttribute("data-meeting-id")!;
        var (_, agenda) = await admin.GetPageAsync($"/admin/meetings/{meetingId}");
        var items = agenda.QuerySelectorAll("main table tbody a").Select(a => a.GetAttribute("href")!).Where(h => h.Contains("/items/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(3, items.Count);
        var publicFile = await UploadAsync(admin, items[0] + "/bilagor", "lagesbild-underlag.pdf");
        var secretFile = await UploadAsync(admin, items[2] + "/bilagor", "operativt-lage.pdf");

        var (_, withFiles) = await member.GetPageAsync(PartnersHttp.Space);
        var links = withFiles.QuerySelectorAll("main article.meeting ul.attachments a").Select(a => a.GetAttribute("href")!).ToList();
        var publicUrl = $"{PartnersHttp.Space}/sammantraden/{meetingId}/bilagor/{publicFile}";
        var secretUrl = $"{PartnersHttp.Space}/sammantraden/{meetingId}/bilagor/{secretFile}";
        Assert.Equal([publicUrl], links);
        Assert.DoesNotContain("operativt-lage.pdf", withFiles.Source.Text, StringComparison.Ordinal);

        var download = await member.GetAsync(publicUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("lagesbild-underlag.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(secretUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"{PartnersHttp.Space}/sammantraden/{Guid.NewGuid()}/bilagor/{publicFile}")).StatusCode);

        using var outsider = await site.SignedInAsync("utomstaende@example.se", PortalHttp.UserPassword);
        using var otherSpace = await site.SignedInAsync("annan@example.se", PortalHttp.UserPassword);
        using var anonymous = site.Client();
        foreach (var url in new[] { publicUrl, secretUrl })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherSpace.GetAsync(url)).StatusCode);
            // Through their own space, of another forum: the samverkansråd's meeting is not that forum's.
            Assert.Equal(HttpStatusCode.NotFound, (await otherSpace.GetAsync(url.Replace(PartnersHttp.Space, "/samverkan/annan-yta", StringComparison.Ordinal))).StatusCode);
            Assert.StartsWith(PortalHttp.SignInPath, (await anonymous.GetAsync(url)).RedirectPath(), StringComparison.Ordinal);
        }

        var (_, audit) = await admin.GetPageAsync("/admin/audit");
        var rows = audit.QuerySelectorAll("main table.audit tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Single(rows, r => r.Contains("laddade ner bilaga ur Samverkansrådet som Läsare", StringComparison.Ordinal) && r.Contains("medlem@example.se", StringComparison.Ordinal));
        site.App.AssertNoErrorsLogged();
    }

    /// <summary>Uploads through Governance's back office and returns the attachment's id, from its link there.</summary>
    private static async Task<string> UploadAsync(PortalClient admin, string page, string fileName)
    {
        var (_, form) = await admin.GetPageAsync(page);
        var token = form.QuerySelector("main form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        body.Add(file, "file", fileName);
        var response = await admin.Http.PostAsync(page, body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, list) = await admin.GetPageAsync(page);
        var href = list.QuerySelectorAll("main ul.attachments a").Single(a => a.TextContent.Trim() == fileName).GetAttribute("href")!;
        return href[(href.LastIndexOf('/') + 1)..];
    }
}
