using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Media.Contracts;
using Trygghet.Modules.Media.Data;

namespace Trygghet.Modules.Media.Library;

internal sealed class MediaImages(MediaDbContext db) : IMediaImages
{
    public async Task<MediaImage?> FindAsync(string url, CancellationToken cancellationToken)
    {
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[0] != "media" || !MediaStore.IsHash(parts[1]))
        {
            return null;
        }

        var hash = parts[1];
        var asset = await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Hash == hash && a.Kind == MediaKind.Bild, cancellationToken);
        if (asset is null || asset.Variants.FirstOrDefault(v => v.Profile == "full") is not { } full)
        {
            return null;
        }

        // One candidate per distinct width: a small original gives the same width to several profiles.
        var srcset = string.Join(", ", asset.Variants.Where(v => !v.Profile.StartsWith("thumb", StringComparison.Ordinal))
            .GroupBy(v => v.Width).OrderBy(g => g.Key)
            .Select(g => $"{asset.Url(g.First().File)} {g.Key.ToString(CultureInfo.InvariantCulture)}w"));
        return new MediaImage(asset.Url(full.File), srcset, full.Width, full.Height, asset.Alt);
    }

    public async Task<IReadOnlyList<MediaChoice>> ListAsync(string? search, int take, CancellationToken cancellationToken)
    {
        var images = db.Assets.AsNoTracking().Where(a => a.Kind == MediaKind.Bild);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower(CultureInfo.InvariantCulture);
            images = images.Where(a => a.FileName.ToLower().Contains(term) || (a.Alt != null && a.Alt.ToLower().Contains(term)));
        }

        var assets = await images.OrderByDescending(a => a.CreatedUtc).ThenBy(a => a.Id).Take(take).ToListAsync(cancellationToken);
        return assets
            .Select(a => (Asset: a, Full: a.Variants.FirstOrDefault(v => v.Profile == "full"), Thumb: a.Variants.FirstOrDefault(v => v.Profile == "thumb")))
            .Where(x => x.Full is not null && x.Thumb is not null)
            .Select(x => new MediaChoice(x.Asset.Url(x.Full!.File), x.Asset.Url(x.Thumb!.File), x.Thumb.Width, x.Thumb.Height, x.Asset.FileName, x.Asset.Alt))
            .ToList();
    }
}
