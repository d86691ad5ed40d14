using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>The scope's shared connection offers its transaction only while it is going on: a module that joins it
/// after the work was committed (an audit entry written after a role edit) must write on its own instead.</summary>
public sealed class PortalConnectionTests
{
    public enum Ending
    {
        Commit,
        Rollback,
        Dispose,
    }

    [Theory]
    [InlineData(TestProvider.Sqlite, Ending.Commit)]
    [InlineData(TestProvider.Sqlite, Ending.Rollback)]
    [InlineData(TestProvider.Sqlite, Ending.Dispose)]
    [InlineData(TestProvider.Postgres, Ending.Commit)]
    [InlineData(TestProvider.Postgres, Ending.Rollback)]
    [InlineData(TestProvider.Postgres, Ending.Dispose)]
    public async Task Transaction_IsOfferedWhileOpen_AndNotOnceEnded(string provider, Ending ending)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = provider == TestProvider.Postgres
            ? new DatabaseSettings(DatabaseProvider.Postgres, database.ConnectionString!)
            : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(database.DataPath, "t.db")};Pooling=false");
        await using var connection = new PortalConnection(settings);
        var cancellationToken = TestContext.Current.CancellationToken;

        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Assert.Same(transaction, connection.Transaction);

        switch (ending)
        {
            case Ending.Commit:
                await transaction.CommitAsync(cancellationToken);
                break;
            case Ending.Rollback:
                await transaction.RollbackAsync(cancellationToken);
                break;
            default:
                await transaction.DisposeAsync();
                break;
        }

        Assert.Null(connection.Transaction);
        // A new one is offered again.
        await using var next = await connection.BeginTransactionAsync(cancellationToken);
        Assert.Same(next, connection.Transaction);
    }
}
