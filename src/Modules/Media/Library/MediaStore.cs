using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Media.Library;

/// <summary>Files under App:DataPath/media/{hash}/{file}. Names are checked before any path is built, so a URL can
/// never reach outside the folder. Files are written to a temporary name and moved, so a reader never sees half.</summary>
internal sealed class MediaStore(DataPaths data)
{
    private string Root => data.Of("media");

    public static bool IsHash(string hash) => hash.Length == 32 && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static bool IsFileName(string file) =>
        file.Length is > 0 and <= 200 && file.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') && !file.StartsWith('.') && !file.Contains("..", StringComparison.Ordinal);

    /// <summary>Always absolute (see <see cref="DataPaths"/>).</summary>
    public string PathOf(string hash, string file)
    {
        if (!IsHash(hash) || !IsFileName(file))
        {
            throw new ArgumentException("Not a media file name.");
        }

        return Path.Combine(Root, hash, file);
    }

    public async Task WriteAsync(string hash, string file, byte[] data, CancellationToken cancellationToken)
    {
        var path = PathOf(hash, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, data, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes every stored file of one asset. A file being served at that moment is unlinked, not cut off.</summary>
    public void DeleteAll(string hash)
    {
        if (!IsHash(hash))
        {
            throw new ArgumentException("Not a media hash.");
        }

        var folder = Path.Combine(Root, hash);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
