using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Audit.Entries;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Audit.Data;

/// <summary>The audit trail's table. Append-only in three layers: no page or service changes an entry, this
/// context refuses to save a changed or removed one, and database triggers (see the Initial migrations) refuse
/// UPDATE and DELETE from anything else, bulk statements included.</summary>
internal class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "audit";
    public const int CategoryLength = 40;
    public const int ActionLength = 200;
    public const int SubjectLength = 500;
    public const int ActorLength = 300;
    public const int AddressLength = 64;

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseChanges()
    {
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: entries cannot be changed or removed.");
        }
    }

    /// <summary>Every DateTime here is UTC; SQLite forgets the kind on the way back, so it is put back.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("Entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedOnAdd();
            entry.Property(e => e.Category).HasMaxLength(CategoryLength);
            entry.Property(e => e.Action).HasMaxLength(ActionLength);
            entry.Property(e => e.Subject).HasMaxLength(SubjectLength);
            entry.Property(e => e.Actor).HasMaxLength(ActorLength);
            entry.Property(e => e.RemoteAddress).HasMaxLength(AddressLength);
            entry.HasIndex(e => e.OccurredUtc);
            entry.HasIndex(e => new { e.Category, e.OccurredUtc });
        });
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options) : AuditDbContext(options);

internal sealed class PostgresAuditDbContext(DbContextOptions<PostgresAuditDbContext> options) : AuditDbContext(options);
