using Trygghet.Portal.Core.Files;

namespace Trygghet.Portal.Web.Files;

/// <summary>Files under a folder (App:DataPath by default). A file is written beside its place and then moved there,
/// so a reader never sees half a file, also on a shared (NFS, SMB) mount.</summary>
internal sealed class FolderFileStore(string root) : IFileStore
{
    public async Task SaveAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var target = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        var full = Full(path);
        return Task.FromResult<Stream?>(File.Exists(full)
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var full = Full(path);
        var existed = File.Exists(full);
        File.Delete(full);
        return Task.FromResult(existed);
    }

    private string Full(string path) => Path.Combine(root, FileStorePath.Check(path).Replace('/', Path.DirectorySeparatorChar));
}
