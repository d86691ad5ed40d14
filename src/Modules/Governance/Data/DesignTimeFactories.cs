using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Governance.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovernanceDbContext>
{
    public SqliteGovernanceDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteGovernanceDbContext>(GovernanceDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGovernanceDbContext>
{
    public PostgresGovernanceDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresGovernanceDbContext>(GovernanceDbContext.Schema));
}
