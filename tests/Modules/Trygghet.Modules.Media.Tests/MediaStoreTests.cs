using System.Net;
using System.Text;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Media.Tests;

/// <summary>Issue 18.4: media files go through the site's file store (a shared folder, or the database every node
/// reads), are served from it and deleted from it.</summary>
public sealed class MediaStoreTests
{
    [Theory]
    [MemberData(nameof(FileStoreVariants.All), MemberType = typeof(FileStoreVariants))]
    public async Task Upload_IsKeptInTheSitesFileStore_ServedFromIt_AndDeletedFromIt(string provider, string store)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, recipe: "demo", settings: FileStoreVariants.Settings(store));
        using var admin = await app.CreateAdminClientAsync();
        using var anonymous = app.CreatePortalClient();
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid()}\n%%EOF\n");

        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync("rapport.pdf", pdf, "application/pdf")).StatusCode);
        var document = (await admin.LibraryUrlsAsync())[0];
        Assert.Equal(pdf, await app.StoredFileAsync(document.TrimStart('/')));
        Assert.Equal(pdf, await anonymous.Http.GetByteArrayAsync(document, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync("bild.jpg", CraftedFiles.Jpeg(64, 64), "image/jpeg")).StatusCode);
        var image = (await admin.LibraryUrlsAsync())[0];
        var stored = await app.StoredFileAsync(image.TrimStart('/'));
        Assert.NotNull(stored);
        Assert.Equal(stored, await anonymous.Http.GetByteArrayAsync(image, TestContext.Current.CancellationToken));
        app.AssertNoErrorsLogged();
    }
}
