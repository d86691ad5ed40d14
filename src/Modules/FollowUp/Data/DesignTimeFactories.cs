using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFollowUpDbContext>
{
    public SqliteFollowUpDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteFollowUpDbContext>(FollowUpDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFollowUpDbContext>
{
    public PostgresFollowUpDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresFollowUpDbContext>(FollowUpDbContext.Schema));
}
