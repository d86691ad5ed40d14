using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.CitizenPromises.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCitizenPromisesDbContext>
{
    public SqliteCitizenPromisesDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteCitizenPromisesDbContext>(CitizenPromisesDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCitizenPromisesDbContext>
{
    public PostgresCitizenPromisesDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresCitizenPromisesDbContext>(CitizenPromisesDbContext.Schema));
}
