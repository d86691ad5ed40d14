using System.Net;
using System.Text;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>Issue 18.4: a space document's bytes go through the site's file store (a shared folder, or the database
/// every node reads), not onto the disk of the node that took the upload.</summary>
public sealed class DocumentStoreTests
{
    [Theory]
    [MemberData(nameof(FileStoreVariants.All), MemberType = typeof(FileStoreVariants))]
    public async Task Document_IsKeptInTheSitesFileStore_AndServedFromIt(string provider, string store)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, settings: FileStoreVariants.Settings(store));
        using var admin = await app.CreateAdminClientAsync();
        var before = await admin.DocumentLinksAsync();
        var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid()}\n%%EOF\n");

        var upload = PartnersHttp.Space + "/dokument/ny";
        var (_, form) = await admin.GetPageAsync(upload);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("Lägesrapport"), "Title" },
            { new ByteArrayContent(content), "file", "lagesrapport.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.PostAsync(upload, body, TestContext.Current.CancellationToken)).StatusCode);

        var link = Assert.Single((await admin.DocumentLinksAsync()).Except(before));
        Assert.Equal(content, await app.StoredFileAsync("partners/documents/" + Guid.Parse(link[(link.LastIndexOf('/') + 1)..]).ToString("N")));
        var download = await admin.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        app.AssertNoErrorsLogged();
    }
}
