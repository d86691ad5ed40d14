using System.Net;
using SixLabors.ImageSharp;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Media.Tests;

/// <summary>The image and document defences, each with a crafted file: refused with the right status and a message
/// at the file field, and nothing stored; accepted files re-encoded without metadata and served as they should be.</summary>
public sealed class UploadDefenceTests
{
    private static async Task<PortalApp> StartAsync(long? maxUploadBytes = null) =>
        await PortalApp.StartAsync(recipe: "demo", settings: maxUploadBytes is { } max
            ? new Dictionary<string, string?> { ["Modules:Media:MaxUploadBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : null);

    [Fact]
    public async Task HostileFiles_AreRefusedWithTheirStatusAndAMessage_AndNothingIsStored()
    {
        await using var app = await StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var before = await admin.LibraryUrlsAsync();
        var filesBefore = StoredFiles(app);

        var cases = new (string Name, byte[] Data, HttpStatusCode Status, string Message)[]
        {
            ("jattestor.png", CraftedFiles.HugePngHeader(), HttpStatusCode.UnprocessableEntity, "20000 × 20000 bildpunkter"),
            ("avklippt.jpg", CraftedFiles.TruncatedJpeg(), HttpStatusCode.UnsupportedMediaType, "inte en hel JPEG-fil"),
            ("bild.png", CraftedFiles.Svg(), HttpStatusCode.UnsupportedMediaType, "Filnamnet avgör inte"),
            ("sida.png", CraftedFiles.Html(), HttpStatusCode.UnsupportedMediaType, "Filnamnet avgör inte"),
            ("arkiv.docx", CraftedFiles.PlainZip(), HttpStatusCode.UnsupportedMediaType, "Filnamnet avgör inte"),
            ("utan-typ.docx", OfficeFiles.DocxWithoutMainType(), HttpStatusCode.UnsupportedMediaType, "Filnamnet avgör inte"),
            ("makro.docx", OfficeFiles.Docm(), HttpStatusCode.UnsupportedMediaType, "Filnamnet avgör inte"),
            ("tom.png", [], HttpStatusCode.UnprocessableEntity, "Välj en fil"),
            ("rtl\u202Egnp.jpg", CraftedFiles.Jpeg(64, 64), HttpStatusCode.UnprocessableEntity, "Filnamnet får inte innehålla osynliga tecken eller tecken som vänder textriktningen."),
        };
        foreach (var (name, data, status, message) in cases)
        {
            var response = await admin.UploadAsync(name, data, "image/png");
            Assert.True(status == response.StatusCode, $"{name}: {(int)response.StatusCode}");
            var error = (await response.ReadDocumentAsync()).QuerySelector("#file-error")?.TextContent ?? string.Empty;
            Assert.True(error.Contains(message, StringComparison.Ordinal), $"{name}: \"{error}\"");
        }

        Assert.Equal(before, await admin.LibraryUrlsAsync());
        Assert.Equal(filesBefore, StoredFiles(app));
        app.AssertNoErrorsLogged();
    }

    private static IReadOnlyList<string> StoredFiles(PortalApp app)
    {
        var folder = Path.Combine(app.Database.DataPath, "media");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
    }

    [Fact]
    public async Task OversizedUpload_Is413_BeforeTheBodyIsRead()
    {
        await using var app = await StartAsync(maxUploadBytes: 50_000);
        using var admin = await app.CreateAdminClientAsync();

        var response = await admin.UploadAsync("stor.jpg", new byte[200_000], "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Filen är för stor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadJustOverTheLimit_IsRefusedAtTheField()
    {
        await using var app = await StartAsync(maxUploadBytes: 50_000);
        using var admin = await app.CreateAdminClientAsync();

        var response = await admin.UploadAsync("lite-for-stor.jpg", CraftedFiles.Jpeg(64, 64).Concat(new byte[50_000]).ToArray(), "image/jpeg");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("högst", (await response.ReadDocumentAsync()).QuerySelector("#file-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jpeg_IsReencodedIntoProfiles_WithoutExifOrGps_AndServedImmutable()
    {
        await using var app = await StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        using var anonymous = app.CreatePortalClient();
        var original = CraftedFiles.Jpeg(1600, 1000, withGps: true);
        Assert.NotNull(Image.Identify(original).Metadata.ExifProfile?.GetValue(SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude));

        var uploaded = await admin.UploadAsync("vandring med position.jpg", original, "image/jpeg", "Människor på en kvällsvandring");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var url = (await admin.LibraryUrlsAsync())[0];
        Assert.Matches("^/media/[0-9a-f]{32}/full\\.jpg$", url);

        var response = await anonymous.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var stored = await response.Content.ReadAsByteArrayAsync();
        var info = Image.Identify(stored);
        Assert.Equal(1200, info.Width);
        Assert.Null(info.Metadata.ExifProfile);
        Assert.DoesNotContain("Hemlig kamera", System.Text.Encoding.Latin1.GetString(stored), StringComparison.Ordinal);

        // Never scaled up: the 2× full profile of a 1600 px original is 1600 px wide.
        var full2x = Image.Identify(await anonymous.Http.GetByteArrayAsync(url.Replace("full.jpg", "full2x.jpg", StringComparison.Ordinal)));
        Assert.Equal(1600, full2x.Width);
        Assert.Equal(160, Image.Identify(await anonymous.Http.GetByteArrayAsync(url.Replace("full.jpg", "thumb.jpg", StringComparison.Ordinal))).Width);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(url.Replace("full.jpg", "original.jpg", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(url.Replace("full.jpg", "..%2F..%2Fportal.db", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task GifWithManyFrames_IsStoredAsItsFirstFrame()
    {
        await using var app = await StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        using var anonymous = app.CreatePortalClient();

        var uploaded = await admin.UploadAsync("animation.gif", CraftedFiles.GifWithFrames(2000), "image/gif");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var url = (await admin.LibraryUrlsAsync())[0];
        Assert.EndsWith("/full.png", url, StringComparison.Ordinal);
        using var stored = Image.Load(await anonymous.Http.GetByteArrayAsync(url));
        Assert.Equal(1, stored.Frames.Count);
        Assert.Equal(16, stored.Width);
    }

    [Fact]
    public async Task Documents_AreCheckedBySignature_AndServedAsDownloadsOfTheirType()
    {
        await using var app = await StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        using var anonymous = app.CreatePortalClient();

        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync("Protokoll från rådet.pdf", CraftedFiles.Pdf(), "application/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync("Lägesbild.docx", CraftedFiles.Docx())).StatusCode);
        var urls = await admin.LibraryUrlsAsync();
        var docx = await anonymous.Http.GetAsync(urls[0]);
        var pdf = await anonymous.Http.GetAsync(urls[1]);

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Protokoll-fran-radet.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(CraftedFiles.Pdf(), await pdf.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Folders_HoldTheirFiles()
    {
        await using var app = await StartAsync();
        using var admin = await app.CreateAdminClientAsync();

        var created = await admin.SubmitFormAsync("/admin/media", [("FolderName", "Kvällsvandringar")], "form#folder-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var folder = created.Headers.Location!.OriginalString;
        var (_, page) = await admin.GetPageAsync(folder);
        Assert.Contains("Kvällsvandringar", page.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        var duplicate = await admin.SubmitFormAsync("/admin/media", [("FolderName", "Kvällsvandringar")], "form#folder-form");
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("finns redan", (await duplicate.ReadDocumentAsync()).QuerySelector("#folder-error")?.TextContent, StringComparison.Ordinal);
    }
}
