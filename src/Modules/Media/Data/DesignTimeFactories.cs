using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Media.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMediaDbContext>
{
    public SqliteMediaDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteMediaDbContext>(MediaDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMediaDbContext>
{
    public PostgresMediaDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresMediaDbContext>(MediaDbContext.Schema));
}
