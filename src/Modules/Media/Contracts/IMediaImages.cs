namespace Trygghet.Modules.Media.Contracts;

/// <summary>For modules that show library images (news and pages): the profiles of an image by its URL, so the
/// page can offer srcset and the browser picks the size it needs.</summary>
public interface IMediaImages
{
    /// <summary>The image behind a library URL (/media/{hash}/{profile}.{ext}), or null for any other URL.</summary>
    Task<MediaImage?> FindAsync(string url, CancellationToken cancellationToken);
}

/// <param name="Src">The "full" profile.</param>
/// <param name="Srcset">Every stored width, e.g. "/media/ab…/card.jpg 480w, /media/ab…/full.jpg 1200w".</param>
public sealed record MediaImage(string Src, string Srcset, int Width, int Height, string? Alt);
