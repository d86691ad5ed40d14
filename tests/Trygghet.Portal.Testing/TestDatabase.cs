using Npgsql;

namespace Trygghet.Portal.Testing;

/// <summary>A database of one test's own: a fresh SQLite folder, or a fresh PostgreSQL database that is
/// dropped afterwards. Tests never share state and can run in parallel.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresDatabase;

    private TestDatabase(string provider, string dataPath, string? connectionString, string? postgresDatabase)
    {
        Provider = provider;
        DataPath = dataPath;
        ConnectionString = connectionString;
        _postgresDatabase = postgresDatabase;
    }

    public string Provider { get; }

    public string DataPath { get; }

    /// <summary>Null for SQLite: the portal's own default (portal.db under App:DataPath) is used.</summary>
    public string? ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        var dataPath = Path.Combine(Path.GetTempPath(), "trygghet-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        if (provider != TestProvider.Postgres)
        {
            return new TestDatabase(provider, dataPath, null, null);
        }

        var admin = new NpgsqlConnectionStringBuilder(TestProvider.PostgresConnectionString);
        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var own = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name };
        return new TestDatabase(provider, dataPath, own.ConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestProvider.PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still held by a pooled connection: the temp folder is cleaned by the OS.
        }
    }
}
