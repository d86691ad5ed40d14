using System.Net;
using Trygghet.Modules.Media.Tests;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>The media library moves files between folders without changing their addresses, and refuses to delete a
/// file that a news item (in any version) shows; a file nothing uses is deleted with every stored profile.</summary>
public sealed class MediaInContentTests
{
    [Fact]
    public async Task UsedImage_CannotBeDeleted_UnusedOneIsDeletedEverywhere_AndMovingKeepsTheAddress()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        using var anonymous = app.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync("anvand.png", CraftedFiles.Png(320, 200), "image/png", "Används")).StatusCode);
        var used = (await admin.LibraryUrlsAsync())[0];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync("oanvand.png", CraftedFiles.Png(330, 210), "image/png", "Oanvänd")).StatusCode);
        var unused = (await admin.LibraryUrlsAsync())[0];
        await admin.CreateDraftAsync("Nyhet med bild", $"Här är bilden: ![En bild]({used})");

        // Moving: the file is listed in its new folder, at the same address.
        var folder = await CreateFolderAsync(admin, "Bilder 2026");
        var moved = await PostRowFormAsync(admin, "/admin/media", "Move", used, ("target", folder));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var (_, inFolder) = await admin.GetPageAsync($"/admin/media?mapp={folder}");
        Assert.Contains(used, inFolder.QuerySelectorAll("main table code").Select(c => c.TextContent.Trim()));
        Assert.DoesNotContain(used, await admin.LibraryUrlsAsync());

        // Deleting what a draft shows is refused, naming the draft.
        var refused = await PostRowFormAsync(admin, $"/admin/media?mapp={folder}", "Delete", used);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Nyhet: Nyhet med bild", (await refused.ReadDocumentAsync()).QuerySelector("main .error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync(used)).StatusCode);

        // Deleting what nothing uses removes it from the library and from disk.
        var hash = unused.Split('/')[2];
        Assert.True(Directory.Exists(Path.Combine(app.Database.DataPath, "media", hash)));
        var deleted = await PostRowFormAsync(admin, "/admin/media", "Delete", unused);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(unused, await admin.LibraryUrlsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(unused)).StatusCode);
        // The store deletes the asset's files; the folder that held them may stay, empty.
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.Database.DataPath, "media", hash)));
        app.AssertNoErrorsLogged();
    }

    private static async Task<string> CreateFolderAsync(PortalClient admin, string name)
    {
        var response = await admin.SubmitFormAsync("/admin/media", [("FolderName", name)], "form#folder-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split("mapp=")[1];
    }

    /// <summary>Submits the move or delete form of the table row that lists <paramref name="url"/> (/media/{hash}/…).</summary>
    private static async Task<HttpResponseMessage> PostRowFormAsync(PortalClient admin, string listPath, string handler, string url, params (string Name, string Value)[] values)
    {
        var (_, page) = await admin.GetPageAsync(listPath);
        return await admin.SubmitFormAsync(page, values, $"main tr[data-hash='{url.Split('/')[2]}'] form", handler);
    }
}
