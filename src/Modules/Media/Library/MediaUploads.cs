using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Media.Contracts;
using Trygghet.Modules.Media.Data;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Media.Library;

/// <summary>One upload, from the admin form or a recipe: size, then signature, then (for images) ImageSharp's
/// checks and re-encoding; the files are written before the row is saved, so the library never lists an asset
/// whose files are missing, and nothing is stored at all when any check refuses.</summary>
internal sealed class MediaUploads(MediaDbContext db, ImageProcessor images, MediaStore store, MediaOptions options, TimeProvider clock)
{
    private static readonly FileKind[] Accepted = [FileKind.Jpeg, FileKind.Png, FileKind.Gif, FileKind.Webp, FileKind.Pdf, FileKind.Docx, FileKind.Xlsx];

    public async Task<UploadResult> UploadAsync(string fileName, byte[] data, Guid? folderId, string? alt, string user, CancellationToken cancellationToken)
    {
        if (HiddenCharacters.Contains(fileName))
        {
            return UploadResult.Refused(422, "Filnamnet " + HiddenCharacters.Problem + ".");
        }

        if (data.Length == 0)
        {
            return UploadResult.Refused(422, "Filen är tom.");
        }

        if (data.LongLength > options.MaxUploadBytes)
        {
            return UploadResult.Refused(413, $"Filen är för stor: högst {options.MaxUploadBytes / (1024 * 1024.0):0.#} MB.");
        }

        // The library names a file after what it is, so only the content decides (FileKinds, as for every uploader).
        var type = FileKinds.Detect(data);
        if (!Accepted.Contains(type))
        {
            return UploadResult.Refused(415, "Filens innehåll är ingen tillåten sort: bilder i JPEG, PNG, GIF eller WebP, dokument i PDF, DOCX eller XLSX. (Filnamnet avgör inte.)");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(data))[..32];
        if (await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Hash == hash, cancellationToken) is { } existing)
        {
            return new UploadResult(null, null, existing, true);
        }

        var asset = new MediaAsset
        {
            Hash = hash, FolderId = folderId, Bytes = data.LongLength, Alt = string.IsNullOrWhiteSpace(alt) ? null : alt.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = user, ContentType = FileKinds.ContentType(type),
        };
        if (FileKinds.IsImage(type))
        {
            var result = images.Process(data, type);
            if (result.Status is { } status)
            {
                return UploadResult.Refused(status, result.Problem!);
            }

            asset.Kind = MediaKind.Bild;
            asset.Width = result.Width;
            asset.Height = result.Height;
            asset.FileName = SafeName(Path.GetFileNameWithoutExtension(fileName)) + "." + FileKinds.Extension(type);
            asset.ContentType = type is FileKind.Gif ? "image/png" : asset.ContentType;
            foreach (var variant in result.Variants)
            {
                await store.WriteAsync(hash, variant.File, variant.Data, cancellationToken);
                asset.Variants.Add(new MediaVariant { Profile = variant.Profile, File = variant.File, Width = variant.Width, Height = variant.Height });
            }
        }
        else
        {
            asset.Kind = MediaKind.Dokument;
            asset.FileName = SafeName(Path.GetFileNameWithoutExtension(fileName)) + "." + FileKinds.Extension(type);
            await store.WriteAsync(hash, asset.FileName, data, cancellationToken);
        }

        db.Assets.Add(asset);
        await db.SaveChangesAsync(cancellationToken);
        return new UploadResult(null, null, asset, false);
    }

    /// <summary>"Trygghetsvandring i Ågatan (1)" → "Trygghetsvandring-i-Agatan-1": a name safe in a URL and a header.</summary>
    internal static string SafeName(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '_')
            {
                builder.Append(c);
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        return safe.Length == 0 ? "fil" : safe[..Math.Min(safe.Length, 100)];
    }
}

/// <param name="Status">413, 415 or 422 when refused.</param>
/// <param name="Existing">True when the same bytes were already in the library (the existing asset is returned).</param>
internal sealed record UploadResult(int? Status, string? Problem, MediaAsset? Asset, bool Existing)
{
    public static UploadResult Refused(int status, string problem) => new(status, problem, null, false);
}
