namespace Trygghet.Portal.Core.Media;

/// <summary>Where a media-library file is used, so the library refuses to delete what a page still shows (or could
/// show again). Implemented by every module whose content can point at library files; the library itself does not
/// know those modules.</summary>
public interface IMediaReferences
{
    /// <param name="urlPrefix">"/media/{hash}/": every profile of one asset.</param>
    /// <returns>What uses it, in Swedish, e.g. "Nyhet: Nya åtgärder mot klotter". Drafts and old versions count, since
    /// a version can be restored.</returns>
    Task<IReadOnlyList<string>> UsesAsync(string urlPrefix, CancellationToken cancellationToken);
}
