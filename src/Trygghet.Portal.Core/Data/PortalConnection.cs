using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Trygghet.Portal.Core.Data;

/// <summary>One database connection per scope, shared by every module's DbContext. Sharing it lets a
/// recipe, which writes through several modules, run in one transaction: all or nothing.</summary>
public sealed class PortalConnection(DatabaseSettings settings) : IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;

    public DbConnection Connection => _connection ??= settings.Provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnection(settings.ConnectionString),
        _ => CreateSqliteConnection(settings.ConnectionString),
    };

    public DbTransaction? Transaction { get; private set; }

    public async Task<DbTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (Connection.State != System.Data.ConnectionState.Open)
        {
            await Connection.OpenAsync(cancellationToken);
        }

        Transaction = await Connection.BeginTransactionAsync(cancellationToken);
        return Transaction;
    }

    /// <summary>SQLite's built-in upper() changes only the letters a–z, so a query's ToUpper() (the users
    /// search) never matched "Björn" against "BJÖRN". This upper() is Unicode-aware, as PostgreSQL's is.</summary>
    private static SqliteConnection CreateSqliteConnection(string? connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.CreateFunction("upper", (string? value) => value?.ToUpperInvariant(), isDeterministic: true);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    public void Dispose() => _connection?.Dispose();
}
