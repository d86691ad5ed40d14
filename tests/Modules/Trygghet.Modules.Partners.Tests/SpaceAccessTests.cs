using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>Access follows membership: the space's members (and its forum's members) get in, everyone else gets
/// 404 for the same URLs (anonymous visitors the sign-in page); a guessed document URL confirms nothing.</summary>
public sealed class SpaceAccessTests
{
    [Fact]
    public async Task OutsidersAndMembersOfAnotherSpace_Get404ForTheSpacesUrls_AGuessedDocumentToo()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.AddMemberAsync("medlem@example.se", "Deltagare");
        await admin.CreateUserAsync("utomstaende@example.se", "Utomstående", "Partner");
        await admin.CreateUserAsync("annan@example.se", "Annan Yta", "Partner");
        await admin.CreateUserAsync("tr.ledamot@example.se", "Ledamot i Trygghetsrådet", "Forumledamot");
        await admin.CreateUserAsync("sr.ledamot@example.se", "Ledamot i Samverkansrådet", "Forumledamot");
        await JoinForumAsync(admin, "Trygghetsrådet", "tr.ledamot@example.se");
        await JoinForumAsync(admin, "Samverkansråd", "sr.ledamot@example.se");
        await OtherSpaceWithMemberAsync(site, "annan@example.se");

        using var member = await site.SignedInAsync("medlem@example.se", PortalHttp.UserPassword);
        var document = Assert.Single(await member.DocumentLinksAsync());
        var thread = (await member.ThreadLinksAsync()).First();
        string[] urls = [PartnersHttp.Space, document, thread, PartnersHttp.Space + "/trad/ny", PartnersHttp.Space + "/aterrapporter/ny"];
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(url)).StatusCode);
        }

        using var anonymous = site.Client();
        using var outsider = await site.SignedInAsync("utomstaende@example.se", PortalHttp.UserPassword);
        using var otherSpace = await site.SignedInAsync("annan@example.se", PortalHttp.UserPassword);
        using var trygghetsradet = await site.SignedInAsync("tr.ledamot@example.se", PortalHttp.UserPassword);
        foreach (var url in urls)
        {
            Assert.StartsWith(PortalHttp.SignInPath, (await anonymous.GetAsync(url)).RedirectPath(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherSpace.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await trygghetsradet.GetAsync(url)).StatusCode);
        }

        // The other space's member reaches their own space, but not this one's document through it.
        Assert.Equal(HttpStatusCode.OK, (await otherSpace.GetAsync("/samverkan/annan-yta")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSpace.GetAsync(document.Replace(PartnersHttp.Space, "/samverkan/annan-yta", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"{PartnersHttp.Space}/dokument/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/samverkan/finns-inte/dokument/{Guid.NewGuid()}")).StatusCode);
        // Nothing of the space is served from a static path.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/partners/documents/" + document[(document.LastIndexOf('/') + 1)..].Replace("-", "", StringComparison.Ordinal))).StatusCode);

        // A current member of the samverkansråd (Governance) takes part without an invitation.
        using var samverkansradet = await site.SignedInAsync("sr.ledamot@example.se", PortalHttp.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await samverkansradet.GetAsync(document)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await samverkansradet.GetAsync(PartnersHttp.Space + "/trad/ny")).StatusCode);
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Lasare_ReadsButCannotWrite_Moderator_Uploads()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.AddMemberAsync("lasare@example.se", "Lasare");
        using var reader = await site.SignedInAsync("lasare@example.se", PortalHttp.UserPassword);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(PartnersHttp.Space)).StatusCode);
        Assert.Equal(PortalHttp.AccessDeniedPath, (await reader.GetAsync(PartnersHttp.Space + "/trad/ny")).RedirectPath());
        Assert.Equal(PortalHttp.AccessDeniedPath, (await reader.GetAsync(PartnersHttp.Space + "/dokument/ny")).RedirectPath());
        var (_, thread) = await reader.GetPageAsync((await reader.ThreadLinksAsync()).First());
        Assert.Null(thread.QuerySelector("main form"));

        // The administrator moderates every space: upload, and the file is checked by its first bytes.
        var upload = PartnersHttp.Space + "/dokument/ny";
        var refused = await PostFileAsync(admin, upload, "Protokoll", "protokoll.pdf", [0x4D, 0x5A, 0x90, 0x00]);
        Assert.Equal(["Filen protokoll.pdf stämmer inte med sin filändelse."], (await refused.ReadDocumentAsync()).ErrorMessages());
        var added = await PostFileAsync(admin, upload, "Mötesanteckningar", "anteckningar.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Assert.Equal(PartnersHttp.Space, added.RedirectPath());
        Assert.Equal(2, (await reader.DocumentLinksAsync()).Count);
        site.App.AssertNoErrorsLogged();
    }

    /// <summary>Issue 17, point 10: a space took any ZIP named .docx, .xlsx or .odt; now the content decides, through
    /// the same check as every uploader (Media's FileKinds), and the refusal names the file field.</summary>
    [Fact]
    public async Task OfficeNamedUpload_ThatIsNotThatFormat_IsRefusedAtTheFileField()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        var upload = PartnersHttp.Space + "/dokument/ny";

        foreach (var (name, content) in new[] { ("arkiv.docx", OfficeFiles.PlainZip()), ("arkiv.xlsx", OfficeFiles.PlainZip()), ("arkiv.odt", OfficeFiles.PlainZip()), ("makro.docx", OfficeFiles.Docm()) })
        {
            var refused = await (await PostFileAsync(admin, upload, "Arkiv", name, content)).ReadDocumentAsync();
            Assert.Equal($"Filen {name} stämmer inte med sin filändelse.", refused.QuerySelector("#file-error")?.TextContent.Trim());
        }

        // Issue 17, point 8: a right-to-left override in the name is refused too.
        var spoofed = await (await PostFileAsync(admin, upload, "Faktura", "rtl\u202Eexe.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())).ReadDocumentAsync();
        Assert.Equal("Filen rtlexe.pdf har ett namn med osynliga tecken eller tecken som vänder textriktningen.", spoofed.QuerySelector("#file-error")?.TextContent.Trim());
        Assert.Equal(PartnersHttp.Space, (await PostFileAsync(admin, upload, "Underlag", "underlag.docx", OfficeFiles.Docx())).RedirectPath());
        site.App.AssertNoErrorsLogged();
    }

    private static async Task<HttpResponseMessage> PostFileAsync(PortalClient client, string page, string title, string fileName, byte[] content)
    {
        var (_, form) = await client.GetPageAsync(page);
        var token = form.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        body.Add(new StringContent(title), "Title");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", fileName);
        return await client.Http.PostAsync(page, body, TestContext.Current.CancellationToken);
    }

    private static async Task JoinForumAsync(PortalClient admin, string forum, string email)
    {
        var (_, forums) = await admin.GetPageAsync("/admin/forums");
        var path = forums.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == forum).GetAttribute("href")!;
        var joined = await admin.SubmitFormAsync(path + "/members/new",
            [("Input.PersonName", email), ("Input.Kind", "Ledamot"), ("Input.From", "2020-01-01"), ("Input.AccountEmail", email)]);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
    }

    /// <summary>A second space (of another forum) with one member; spaces come from recipes, so the test writes it directly.</summary>
    internal static async Task OtherSpaceWithMemberAsync(PartnersSite site, string email)
    {
        await using var scope = site.Host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Identity.Contracts.IPartnerAccounts>();
        var account = (await accounts.FindByEmailAsync(email, TestContext.Current.CancellationToken))!;
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var space = new Space { Slug = "annan-yta", Name = "Annan yta", ForumSlug = "operativa-resurser" };
        db.Spaces.Add(space);
        db.Members.Add(new SpaceMember { SpaceId = space.Id, UserId = account.Id, DisplayName = account.DisplayName, Role = SpaceRole.Deltagare, AddedUtc = site.App.Clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
