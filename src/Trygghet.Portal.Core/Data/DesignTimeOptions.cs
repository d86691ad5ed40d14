using Microsoft.EntityFrameworkCore;

namespace Trygghet.Portal.Core.Data;

/// <summary>Options for `dotnet ef migrations add`: no database is contacted at design time.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string schema) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable($"__EFMigrationsHistory_{schema}"))
            .Options;

    public static DbContextOptions<T> Postgres<T>(string schema) where T : DbContext =>
        new DbContextOptionsBuilder<T>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .Options;
}
