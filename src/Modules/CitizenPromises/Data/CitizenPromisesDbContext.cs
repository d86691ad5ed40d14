using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.CitizenPromises.Data;

internal class CitizenPromisesDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "promises";

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<PromiseSet> Sets => Set<PromiseSet>();

    public DbSet<Promise> Promises => Set<Promise>();

    public DbSet<PromiseFollowUp> FollowUps => Set<PromiseFollowUp>();

    /// <summary>Every DateTime here is UTC; SQLite forgets the kind on the way back, so it is put back.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Agreement>(agreement =>
        {
            agreement.ToTable("Agreements");
            agreement.HasKey(a => a.Id);
            agreement.HasIndex(a => a.Slug).IsUnique();
            agreement.Property(a => a.Slug).HasMaxLength(80);
            agreement.Property(a => a.Title).HasMaxLength(PromiseRules.MaxTitle);
            agreement.Property(a => a.Causes).HasMaxLength(PromiseRules.MaxText);
            agreement.Property(a => a.FollowUpMethod).HasMaxLength(PromiseRules.MaxText);
            agreement.Property(a => a.DocumentUrl).HasMaxLength(500);
            agreement.Property(a => a.PublishedBy).HasMaxLength(256);
            agreement.PrimitiveCollection(a => a.FocusProblems);
            agreement.PrimitiveCollection(a => a.Goals);
            agreement.PrimitiveCollection(a => a.SignedBy);
        });
        modelBuilder.Entity<PromiseSet>(set =>
        {
            set.ToTable("Sets");
            set.HasKey(s => s.Id);
            set.HasIndex(s => s.Slug).IsUnique();
            set.HasIndex(s => s.PeriodTo);
            set.Property(s => s.Slug).HasMaxLength(80);
            set.Property(s => s.Title).HasMaxLength(PromiseRules.MaxTitle);
            set.Property(s => s.Area).HasMaxLength(PromiseRules.MaxTitle);
            set.Property(s => s.Background).HasMaxLength(PromiseRules.MaxText);
            set.Property(s => s.Report).HasMaxLength(PromiseRules.MaxText);
            set.Property(s => s.PublishedBy).HasMaxLength(256);
            set.PrimitiveCollection(s => s.Signatories);
            // Agreements are never deleted (archive law), so neither is a set's link to one lost.
            set.HasOne<Agreement>().WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Promise>(promise =>
        {
            promise.ToTable("Promises");
            promise.HasKey(p => p.Id);
            promise.HasOne<PromiseSet>().WithMany().HasForeignKey(p => p.SetId).OnDelete(DeleteBehavior.Restrict);
            promise.HasIndex(p => new { p.SetId, p.SortOrder });
            promise.Property(p => p.Text).HasMaxLength(1000);
            promise.Property(p => p.SuccessMeasure).HasMaxLength(2000);
            promise.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            promise.Property(p => p.PublishedBy).HasMaxLength(256);
            promise.PrimitiveCollection(p => p.Promisors);
            promise.PrimitiveCollection(p => p.Activities);
            promise.PrimitiveCollection(p => p.MeasureSlugs);
        });
        modelBuilder.Entity<PromiseFollowUp>(followUp =>
        {
            followUp.ToTable("FollowUps");
            followUp.HasKey(f => f.Id);
            followUp.HasOne<Promise>().WithMany().HasForeignKey(f => f.PromiseId).OnDelete(DeleteBehavior.Restrict);
            followUp.HasIndex(f => new { f.PromiseId, f.Date });
            followUp.Property(f => f.Title).HasMaxLength(PromiseRules.MaxTitle);
            followUp.Property(f => f.Text).HasMaxLength(PromiseRules.MaxText);
            followUp.Property(f => f.CreatedBy).HasMaxLength(256);
            followUp.Property(f => f.PublishedBy).HasMaxLength(256);
            followUp.OwnsMany(f => f.Figures, figures => figures.ToJson());
            followUp.OwnsMany(f => f.Images, images => images.ToJson());
        });
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteCitizenPromisesDbContext(DbContextOptions<SqliteCitizenPromisesDbContext> options) : CitizenPromisesDbContext(options);

internal sealed class PostgresCitizenPromisesDbContext(DbContextOptions<PostgresCitizenPromisesDbContext> options) : CitizenPromisesDbContext(options);
