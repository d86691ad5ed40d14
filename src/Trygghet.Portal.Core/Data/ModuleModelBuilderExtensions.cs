using Microsoft.EntityFrameworkCore;

namespace Trygghet.Portal.Core.Data;

public static class ModuleModelBuilderExtensions
{
    /// <summary>Puts a module's tables in its own schema on PostgreSQL. SQLite has no schemas, so there the
    /// schema becomes a table-name prefix ("governance_Forums"). Call last in OnModelCreating.</summary>
    public static void UseModuleSchema(this ModelBuilder modelBuilder, string schema, bool isSqlite)
    {
        if (!isSqlite)
        {
            modelBuilder.HasDefaultSchema(schema);
            return;
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // Owned types that share their owner's table follow the owner; JSON-mapped ones have no table of their own.
            if (!entity.IsMappedToJson() && entity.GetTableName() is { } table && !table.StartsWith(schema + "_", StringComparison.Ordinal))
            {
                entity.SetTableName($"{schema}_{table}");
            }
        }
    }

    /// <summary>Marks every <see cref="IVersioned"/> entity's Version as its concurrency token.</summary>
    public static void UseVersionTokens(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }
}
