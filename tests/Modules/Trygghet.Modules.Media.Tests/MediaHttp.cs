using System.Net.Http.Headers;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Media.Tests;

internal static class MediaHttp
{
    /// <summary>Posts the library's upload form as a browser would: multipart, with the form's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient editor, string fileName, byte[] data, string contentType = "application/octet-stream", string alt = "")
    {
        var (_, page) = await editor.GetPageAsync("/admin/media");
        var form = page.QuerySelector("form#upload-form")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(alt), "Alt" },
        };
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        content.Add(file, "file", fileName);
        return await editor.Http.PostAsync(form.GetAttribute("action"), content);
    }

    /// <summary>The library's URLs ("/media/…") in the files table, newest first.</summary>
    public static async Task<IReadOnlyList<string>> LibraryUrlsAsync(this PortalClient editor)
    {
        var (_, page) = await editor.GetPageAsync("/admin/media");
        return page.QuerySelectorAll("main table code").Select(c => c.TextContent.Trim()).ToList();
    }
}
