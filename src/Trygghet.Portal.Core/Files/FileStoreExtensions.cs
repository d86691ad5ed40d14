using System.Security.Cryptography;

namespace Trygghet.Portal.Core.Files;

public static class FileStoreExtensions
{
    /// <summary>Stores a seekable <paramref name="content"/> and returns its SHA-256 (hex). The hash is taken in a
    /// pass of its own, so the store always gets a stream it can measure (the database store needs a length).</summary>
    public static async Task<string> SaveWithSha256Async(this IFileStore files, string path, Stream content, CancellationToken cancellationToken)
    {
        var start = content.Position;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = start;
        await files.SaveAsync(path, content, cancellationToken);
        return hash;
    }
}
