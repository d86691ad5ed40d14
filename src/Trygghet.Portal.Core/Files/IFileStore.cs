namespace Trygghet.Portal.Core.Files;

/// <summary>Where uploaded files live (media, agenda attachments, partner documents), chosen by Files:Store: a folder
/// under App:DataPath (default; mounted and shared when there are several nodes) or, on PostgreSQL, the database
/// itself, written on the scope's connection so that a file is committed or rolled back with the row that refers
/// to it. Paths are relative, with '/' between segments (e.g. "media/3f2a…/full.webp").</summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> at <paramref name="path"/>, replacing what was there.</summary>
    Task SaveAsync(string path, Stream content, CancellationToken cancellationToken);

    /// <summary>The file's content, or null when there is none. Dispose the stream before the scope's next database
    /// command: the database store reads it from an open result.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>False when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken);
}

/// <summary>The checks every store applies to a path: relative, no "..", no empty segments, no backslashes.</summary>
public static class FileStorePath
{
    public static string Check(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var segments = path.Split('/');
        if (path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal)
            || segments.Any(s => s.Length == 0 || s == "." || s == ".."))
        {
            throw new ArgumentException($"'{path}' is not a relative file path.", nameof(path));
        }

        return path;
    }
}
