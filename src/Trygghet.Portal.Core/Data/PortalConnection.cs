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

    private DbTransaction? _transaction;

    /// <summary>The transaction begun on this connection while it is still going on; null once it was committed,
    /// rolled back or disposed, so code that joins it later in the scope (the audit trail after a role edit) does not
    /// join a finished one, which PostgreSQL refuses.</summary>
    public DbTransaction? Transaction
    {
        get
        {
            try
            {
                // SQLite drops a completed transaction's connection; Npgsql keeps it but refuses to tell the isolation
                // level of a completed transaction (InvalidOperationException, ObjectDisposedException once disposed).
                if (_transaction?.Connection is not null)
                {
                    _ = _transaction.IsolationLevel;
                    return _transaction;
                }
            }
            catch (InvalidOperationException)
            {
            }

            _transaction = null;
            return null;
        }
    }

    public async Task<DbTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (Connection.State != System.Data.ConnectionState.Open)
        {
            await Connection.OpenAsync(cancellationToken);
        }

        _transaction = await Connection.BeginTransactionAsync(cancellationToken);
        return _transaction;
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
