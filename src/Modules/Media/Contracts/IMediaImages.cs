namespace Trygghet.Modules.Media.Contracts;

/// <summary>For modules that show library images (news and pages): the profiles of an image by its URL, so the
/// page can offer srcset and the browser picks the size it needs.</summary>
public interface IMediaImages
{
    /// <summary>The image behind a library URL (/media/{hash}/{profile}.{ext}), or null for any other URL.</summary>
    Task<MediaImage?> FindAsync(string url, CancellationToken cancellationToken);

    /// <summary>The library's images whose file name or alternative text contains <paramref name="search"/> (all when
    /// empty), newest first, at most <paramref name="take"/>: for the image pickers of other modules' forms.</summary>
    Task<IReadOnlyList<MediaChoice>> ListAsync(string? search, int take, CancellationToken cancellationToken);
}

/// <param name="Src">The "full" profile, the URL a form stores.</param>
/// <param name="Thumbnail">The "thumb" profile (160 px wide), for the picker.</param>
public sealed record MediaChoice(string Src, string Thumbnail, int ThumbnailWidth, int ThumbnailHeight, string FileName, string? Alt);

/// <param name="Src">The "full" profile.</param>
/// <param name="Srcset">Every stored width, e.g. "/media/ab…/card.jpg 480w, /media/ab…/full.jpg 1200w".</param>
public sealed record MediaImage(string Src, string Srcset, int Width, int Height, string? Alt);
