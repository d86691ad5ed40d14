using Trygghet.Portal.Core.Files;

namespace Trygghet.Modules.Media.Library;

/// <summary>Media files in the site's <see cref="IFileStore"/> at media/{hash}/{file} (the folder layout of sites from
/// before the store). Names are checked before any path is built, so a URL can never reach another file; every store
/// makes a file visible only once it is complete.</summary>
internal sealed class MediaStore(IFileStore files)
{
    public static bool IsHash(string hash) => hash.Length == 32 && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static bool IsFileName(string file) =>
        file.Length is > 0 and <= 200 && file.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') && !file.StartsWith('.') && !file.Contains("..", StringComparison.Ordinal);

    public static string PathOf(string hash, string file)
    {
        if (!IsHash(hash) || !IsFileName(file))
        {
            throw new ArgumentException("Not a media file name.");
        }

        return $"media/{hash}/{file}";
    }

    public async Task WriteAsync(string hash, string file, byte[] data, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(data, writable: false);
        await files.SaveAsync(PathOf(hash, file), content, cancellationToken);
    }

    /// <summary>Dispose it before the scope's next database command (the database store reads from an open result).</summary>
    public Task<Stream?> OpenReadAsync(string hash, string file, CancellationToken cancellationToken) =>
        files.OpenReadAsync(PathOf(hash, file), cancellationToken);

    /// <summary>Removes every stored file of one asset: its image variants, or its document.</summary>
    public async Task DeleteAllAsync(MediaAsset asset, CancellationToken cancellationToken)
    {
        foreach (var file in asset.Variants.Select(v => v.File).Append(asset.FileName).Distinct(StringComparer.Ordinal))
        {
            if (IsFileName(file))
            {
                await files.DeleteAsync(PathOf(asset.Hash, file), cancellationToken);
            }
        }
    }
}
