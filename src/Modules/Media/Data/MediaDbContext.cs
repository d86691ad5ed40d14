using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Media.Library;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Media.Data;

internal class MediaDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "media";

    public DbSet<MediaAsset> Assets => Set<MediaAsset>();

    public DbSet<MediaFolder> Folders => Set<MediaFolder>();

    /// <summary>Every DateTime here is UTC; SQLite forgets the kind on the way back, so it is put back.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaAsset>(asset =>
        {
            asset.ToTable("Assets");
            asset.HasKey(a => a.Id);
            // The same bytes uploaded twice are one asset: the files are the same.
            asset.HasIndex(a => a.Hash).IsUnique();
            asset.HasIndex(a => new { a.FolderId, a.CreatedUtc });
            asset.HasOne<MediaFolder>().WithMany().HasForeignKey(a => a.FolderId).OnDelete(DeleteBehavior.Restrict);
            asset.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
            asset.Property(a => a.FileName).HasMaxLength(200);
            asset.Property(a => a.ContentType).HasMaxLength(100);
            asset.Property(a => a.Hash).HasMaxLength(32);
            asset.Property(a => a.Alt).HasMaxLength(300);
            asset.Property(a => a.CreatedBy).HasMaxLength(256);
            asset.OwnsMany(a => a.Variants, variants => variants.ToJson());
        });
        modelBuilder.Entity<MediaFolder>(folder =>
        {
            folder.ToTable("Folders");
            folder.HasKey(f => f.Id);
            folder.HasIndex(f => f.Name).IsUnique();
            folder.Property(f => f.Name).HasMaxLength(100);
        });
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteMediaDbContext(DbContextOptions<SqliteMediaDbContext> options) : MediaDbContext(options);

internal sealed class PostgresMediaDbContext(DbContextOptions<PostgresMediaDbContext> options) : MediaDbContext(options);
