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
        _ => new SqliteConnection(settings.ConnectionString),
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

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    public void Dispose() => _connection?.Dispose();
}
