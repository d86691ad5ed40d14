using Microsoft.Data.Sqlite;
using Npgsql;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Portal.Web.Data;

/// <summary>Lets one node at a time migrate and set up the site (docs/adr/0025). Nodes started together on an empty
/// database otherwise race to create the same tables (42P07) and could both apply the setup recipe. The node that
/// waited then finds nothing pending and a site that is set up, and goes on at once.</summary>
internal static class MigrationLock
{
    /// <summary>The advisory lock's key: any fixed number the portal alone uses in its database ("TRYGGHET" in ASCII).</summary>
    public const long PostgresKey = 0x5452_5947_4748_4554;

    public static Task<IAsyncDisposable> AcquireAsync(DatabaseSettings settings, CancellationToken cancellationToken) =>
        settings.Provider == DatabaseProvider.Postgres
            ? AcquirePostgresAsync(settings.ConnectionString, cancellationToken)
            : AcquireSqliteAsync(settings.ConnectionString, cancellationToken);

    /// <summary>A session-level advisory lock on a connection of its own, held until it is disposed; a node that
    /// dies while holding it loses its session, and the lock with it.</summary>
    private static async Task<IAsyncDisposable> AcquirePostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Its own physical connection: returned to a pool, a session lock would outlive the migration.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", PostgresKey);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>An exclusive lock file beside the database, for several processes on one SQLite file (one node, or a
    /// rolling restart); SQLite itself would let two migrators interleave their schema changes. The file stays (it
    /// is empty): deleting it on release would let a waiter lock a file that is already gone.</summary>
    private static async Task<IAsyncDisposable> AcquireSqliteAsync(string connectionString, CancellationToken cancellationToken)
    {
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var path = Path.GetFullPath(database) + ".migration-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }
}
