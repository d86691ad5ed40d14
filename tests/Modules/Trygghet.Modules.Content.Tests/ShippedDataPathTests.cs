using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.Media.Tests;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>Media as shipped: appsettings.json says App:DataPath "App_Data", a relative path. The other suites give
/// the portal an absolute data folder, which hid that the media store used the relative path as it stood and that
/// Results.File looked for it under wwwroot: every thumbnail, preview and public news image answered 500.</summary>
public sealed class ShippedDataPathTests
{
    [Fact]
    public async Task WithTheDefaultRelativeDataPath_ThumbnailPreviewAndPublicNewsImageAreServed()
    {
        // The content root is a fresh temporary folder holding the shipped appsettings.json, not the web project's
        // folder (WebApplicationFactory's default), so App_Data/ (database, media, keys) is created there and never in
        // the repository. App:DataPath is left as shipped: the null setting removes PortalApp's absolute one.
        var contentRoot = Path.Combine(Path.GetTempPath(), "trygghet-tests", "content-root-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(contentRoot);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(contentRoot, "appsettings.json"));
        try
        {
            await using var app = await PortalApp.StartAsync(recipe: "demo", settings: new Dictionary<string, string?> { ["App:DataPath"] = null }, contentRoot: contentRoot);
            Assert.Equal(Path.Combine(contentRoot, "App_Data"), app.Services.GetRequiredService<DataPaths>().Root);
            using var admin = await app.CreateAdminClientAsync();
            using var anonymous = app.CreatePortalClient();

            Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync("bild.png", CraftedFiles.Png(640, 400), "image/png", "En bild")).StatusCode);
            var image = (await admin.LibraryUrlsAsync())[0];
            Assert.True(File.Exists(Path.Combine(contentRoot, "App_Data", "media", image.Split('/')[2], image.Split('/')[3])));

            // The library's thumbnail.
            var (_, library) = await admin.GetPageAsync("/admin/media");
            await AssertImageAsync(admin, library.QuerySelector("main table img")!.GetAttribute("src")!);

            // The editor's preview of a news item that shows the image.
            var path = await admin.CreateDraftAsync("Nyhet med bild", $"Här är bilden: ![En bild]({image})", slug: "nyhet-med-bild");
            var (_, preview) = await admin.GetPageAsync(path + "/forhandsgranska");
            await AssertImageAsync(admin, ImageIn(preview, "main"));

            // The public news page.
            await admin.PublishAsync(path);
            var (response, news) = await anonymous.GetPageAsync("/nyheter/nyhet-med-bild");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await AssertImageAsync(anonymous, ImageIn(news, "main"));
            app.AssertNoErrorsLogged();
        }
        finally
        {
            try
            {
                Directory.Delete(contentRoot, recursive: true);
            }
            catch (IOException)
            {
                // A SQLite file still held by a pooled connection: the temp folder is cleaned by the OS.
            }
        }
    }

    private static string ImageIn(AngleSharp.Dom.IDocument page, string scope) =>
        page.QuerySelectorAll($"{scope} img").Select(i => i.GetAttribute("src")!).First(src => src.StartsWith("/media/", StringComparison.Ordinal));

    private static async Task AssertImageAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
        Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{url} sent no image.");
    }
}
