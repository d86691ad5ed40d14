using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Partners.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePartnersDbContext>
{
    public SqlitePartnersDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqlitePartnersDbContext>(PartnersDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPartnersDbContext>
{
    public PostgresPartnersDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresPartnersDbContext>(PartnersDbContext.Schema));
}
