using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Notifications.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNotificationsDbContext>
{
    public SqliteNotificationsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteNotificationsDbContext>(NotificationsDbContext.Schema));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNotificationsDbContext>
{
    public PostgresNotificationsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresNotificationsDbContext>(NotificationsDbContext.Schema));
}
