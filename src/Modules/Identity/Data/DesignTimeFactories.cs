using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Identity.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityDataContext>
{
    public SqliteIdentityDataContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteIdentityDataContext>(IdentityDataContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIdentityDataContext>
{
    public PostgresIdentityDataContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresIdentityDataContext>(IdentityDataContext.Schema));
}
