using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Data;

internal class FollowUpDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "followup";

    public DbSet<Goal> Goals => Set<Goal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Goal>(goal =>
        {
            goal.ToTable("Goals");
            goal.HasKey(g => g.Id);
            goal.HasIndex(g => g.Slug).IsUnique();
            goal.Property(g => g.Slug).HasMaxLength(80);
            goal.Property(g => g.Title).HasMaxLength(300);
            goal.Property(g => g.Description).HasMaxLength(2000);
        });
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteFollowUpDbContext(DbContextOptions<SqliteFollowUpDbContext> options) : FollowUpDbContext(options);

internal sealed class PostgresFollowUpDbContext(DbContextOptions<PostgresFollowUpDbContext> options) : FollowUpDbContext(options);
