using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Audit.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAuditDbContext>
{
    public SqliteAuditDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteAuditDbContext>(AuditDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAuditDbContext>
{
    public PostgresAuditDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresAuditDbContext>(AuditDbContext.Schema));
}
