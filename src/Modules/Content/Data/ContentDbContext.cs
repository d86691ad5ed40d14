using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Content.Data;

internal class ContentDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "content";

    public DbSet<ContentItem> Items => Set<ContentItem>();

    public DbSet<ContentVersion> Versions => Set<ContentVersion>();

    public DbSet<SlugRedirect> Redirects => Set<SlugRedirect>();

    /// <summary>Every DateTime here is UTC; SQLite forgets the kind on the way back, so it is put back.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("Items");
            item.HasKey(i => i.Id);
            // One slug space for news and pages, so that a slug always names one thing in the admin and in redirects.
            item.HasIndex(i => i.Slug).IsUnique();
            item.HasIndex(i => i.ScheduledPublishUtc);
            item.HasIndex(i => i.ScheduledUnpublishUtc);
            item.HasIndex(i => new { i.Kind, i.FirstPublishedUtc });
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(10);
            item.Property(i => i.Slug).HasMaxLength(Portal.Core.Text.Slug.MaxLength);
            item.Property(i => i.Title).HasMaxLength(ContentRules.MaxTitle);
            item.Property(i => i.PublishedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<ContentVersion>(version =>
        {
            version.ToTable("Versions");
            version.HasKey(v => v.Id);
            version.HasOne<ContentItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
            version.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
            version.Property(v => v.Title).HasMaxLength(ContentRules.MaxTitle);
            version.Property(v => v.Lead).HasMaxLength(ContentRules.MaxLead);
            version.Property(v => v.Body).HasMaxLength(ContentRules.MaxBody);
            version.Property(v => v.Classification).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.ImageUrl).HasMaxLength(500);
            version.Property(v => v.ImageAlt).HasMaxLength(300);
            version.Property(v => v.SavedBy).HasMaxLength(256);
            version.Property(v => v.Note).HasMaxLength(200);
            version.PrimitiveCollection(v => v.Tags);
            version.PrimitiveCollection(v => v.Areas);
            version.PrimitiveCollection(v => v.MeasureSlugs);
            version.PrimitiveCollection(v => v.PromiseSlugs);
            version.PrimitiveCollection(v => v.MeetingIds);
        });
        modelBuilder.Entity<SlugRedirect>(redirect =>
        {
            redirect.ToTable("SlugRedirects");
            redirect.HasKey(r => r.Id);
            redirect.HasIndex(r => r.OldSlug).IsUnique();
            redirect.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Restrict);
            redirect.Property(r => r.OldSlug).HasMaxLength(Portal.Core.Text.Slug.MaxLength);
        });
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);

internal sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options);
