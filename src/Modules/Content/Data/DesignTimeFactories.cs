using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Content.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteContentDbContext>
{
    public SqliteContentDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteContentDbContext>(ContentDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresContentDbContext>
{
    public PostgresContentDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresContentDbContext>(ContentDbContext.Schema));
}
