using System.Security.Cryptography;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Files;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Cluster;

/// <summary>The file store chosen by Files:Store: a folder (default, SQLite or PostgreSQL) or the database (PostgreSQL),
/// where a file is committed or rolled back with the transaction of the scope that wrote it.</summary>
public sealed class FileStoreTests
{
    [Theory]
    [InlineData(TestProvider.Sqlite, "Folder")]
    [InlineData(TestProvider.Postgres, "Folder")]
    [InlineData(TestProvider.Postgres, "Database")]
    public async Task SavedFile_ReadsBackReplacesAndDeletes(string provider, string store)
    {
        await using var app = await PortalApp.StartAsync(provider, recipe: null, settings: new Dictionary<string, string?> { ["Files:Store"] = store });
        var first = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        var second = RandomNumberGenerator.GetBytes(1000);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
            await files.SaveAsync("media/abc/full.webp", new MemoryStream(first), CancellationToken.None);
            Assert.Equal(first, await ReadAsync(files, "media/abc/full.webp"));
            await files.SaveAsync("media/abc/full.webp", new MemoryStream(second), CancellationToken.None);
            Assert.Equal(second, await ReadAsync(files, "media/abc/full.webp"));
            Assert.Null(await files.OpenReadAsync("media/abc/none.webp", CancellationToken.None));
            await Assert.ThrowsAsync<ArgumentException>(() => files.SaveAsync("../portal.db", new MemoryStream(second), CancellationToken.None));
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Another scope (another request, or another node on the same store) sees it, until it is deleted.
            var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
            Assert.Equal(second, await ReadAsync(files, "media/abc/full.webp"));
            Assert.True(await files.DeleteAsync("media/abc/full.webp", CancellationToken.None));
            Assert.Null(await files.OpenReadAsync("media/abc/full.webp", CancellationToken.None));
            Assert.False(await files.DeleteAsync("media/abc/full.webp", CancellationToken.None));
        }
    }

    [Fact]
    public async Task DatabaseStore_FileFollowsTheScopesTransaction()
    {
        await using var app = await PortalApp.StartAsync(TestProvider.Postgres, recipe: null, settings: new Dictionary<string, string?> { ["Files:Store"] = "Database" });
        var content = RandomNumberGenerator.GetBytes(4096);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var connection = scope.ServiceProvider.GetRequiredService<PortalConnection>();
            var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
            await using (var transaction = await connection.BeginTransactionAsync(CancellationToken.None))
            {
                await files.SaveAsync("governance/attachments/rolled-back.pdf", new MemoryStream(content), CancellationToken.None);
                await transaction.RollbackAsync();
            }

            await using (var transaction = await connection.BeginTransactionAsync(CancellationToken.None))
            {
                await files.SaveAsync("governance/attachments/committed.pdf", new MemoryStream(content), CancellationToken.None);
                await transaction.CommitAsync();
            }
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
            Assert.Null(await files.OpenReadAsync("governance/attachments/rolled-back.pdf", CancellationToken.None));
            Assert.Equal(content, await ReadAsync(files, "governance/attachments/committed.pdf"));
        }
    }

    private static async Task<byte[]> ReadAsync(IFileStore files, string path)
    {
        await using var stream = await files.OpenReadAsync(path, CancellationToken.None);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
