using Microsoft.Extensions.DependencyInjection;
using Trygghet.Portal.Core.Files;
using Xunit;

namespace Trygghet.Portal.Testing;

/// <summary>The file stores an uploader is tested on: a folder of its own (Files:Path, away from App:DataPath, so a
/// module that still wrote beside the database would be caught) and, on PostgreSQL, the database.</summary>
public static class FileStoreVariants
{
    public const string Folder = "Folder";
    public const string Database = "Database";

    public static TheoryData<string, string> All => new() { { TestProvider.Sqlite, Folder }, { TestProvider.Postgres, Database } };

    /// <summary>Settings for <paramref name="store"/>; a folder store gets a fresh temporary folder.</summary>
    public static Dictionary<string, string?> Settings(string store) => store == Database
        ? new() { ["Files:Store"] = Database }
        : new() { ["Files:Store"] = Folder, ["Files:Path"] = Directory.CreateTempSubdirectory("portal-files-").FullName };

    /// <summary>What the site's file store holds at <paramref name="path"/>, read in a scope of its own.</summary>
    public static async Task<byte[]?> StoredFileAsync(this PortalApp app, string path)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var content = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenReadAsync(path, CancellationToken.None);
        if (content is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
