using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Trygghet.Modules.Media.Data;

namespace Trygghet.Modules.Media.Library;

/// <summary>GET /media/{hash}/{file}: a stored image profile or document. Anonymous, since news and pages show
/// them; the URL holds a 128-bit content hash that cannot be guessed, and changes whenever the content does, so
/// responses may be cached for a year (immutable). Documents are always downloads (Content-Disposition), and
/// nothing is ever served under a type other than the one its signature showed.</summary>
internal static class MediaFiles
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{hash}/{file}", ServeAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> ServeAsync(string hash, string file, HttpContext context, MediaDbContext db, MediaStore store, CancellationToken cancellationToken)
    {
        if (!MediaStore.IsHash(hash) || !MediaStore.IsFileName(file))
        {
            return Results.NotFound();
        }

        var asset = await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Hash == hash, cancellationToken);
        var isImage = asset?.Kind == MediaKind.Bild && asset.Variants.Any(v => v.File == file);
        var isDocument = asset?.Kind == MediaKind.Dokument && asset.FileName == file;
        // Opened last: the database file store reads it from an open result of the scope's connection.
        if (asset is null || !(isImage || isDocument) || await store.OpenReadAsync(hash, file, cancellationToken) is not { } content)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var type = isImage ? ContentTypeOf(file) : asset.ContentType;
        if (isDocument)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(asset.FileName);
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }

        // Range requests where the store's stream can seek (a folder); the database streams the whole file.
        return TypedResults.Stream(content, type, enableRangeProcessing: content.CanSeek);
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".jpg" => "image/jpeg",
        ".webp" => "image/webp",
        _ => "image/png",
    };
}
