using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Partners.Invitations;
using Trygghet.Modules.Partners.Organisations;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Partners.Data;

internal class PartnersDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "partners";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Space> Spaces => Set<Space>();

    public DbSet<SpaceMember> Members => Set<SpaceMember>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<SpaceDocument> Documents => Set<SpaceDocument>();

    public DbSet<DiscussionThread> Threads => Set<DiscussionThread>();

    public DbSet<DiscussionPost> Posts => Set<DiscussionPost>();

    public DbSet<ReportBack> ReportBacks => Set<ReportBack>();

    /// <summary>Every DateTime here is UTC; SQLite forgets the kind on the way back, so it is put back.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(o =>
        {
            o.ToTable("Organisations");
            o.HasKey(x => x.Id);
            o.HasIndex(x => x.Name).IsUnique();
            o.Property(x => x.Name).HasMaxLength(OrganisationRules.NameLength);
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.ContactName).HasMaxLength(200);
            o.Property(x => x.ContactEmail).HasMaxLength(256);
            o.Property(x => x.ResponsibleBodySlug).HasMaxLength(80);
        });
        modelBuilder.Entity<Space>(s =>
        {
            s.ToTable("Spaces");
            s.HasKey(x => x.Id);
            s.HasIndex(x => x.Slug).IsUnique();
            s.Property(x => x.Slug).HasMaxLength(80);
            s.Property(x => x.Name).HasMaxLength(200);
            s.Property(x => x.ForumSlug).HasMaxLength(80);
            s.Property(x => x.Description).HasMaxLength(2000);
        });
        modelBuilder.Entity<SpaceMember>(m =>
        {
            m.ToTable("Members");
            m.HasKey(x => x.Id);
            m.HasOne<Space>().WithMany().HasForeignKey(x => x.SpaceId).OnDelete(DeleteBehavior.Restrict);
            m.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            m.HasIndex(x => new { x.UserId, x.SpaceId });
            m.Property(x => x.UserId).HasMaxLength(450);
            m.Property(x => x.DisplayName).HasMaxLength(200);
            m.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Invitation>(i =>
        {
            i.ToTable("Invitations");
            i.HasKey(x => x.Id);
            i.HasOne<Space>().WithMany().HasForeignKey(x => x.SpaceId).OnDelete(DeleteBehavior.Restrict);
            i.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            i.HasIndex(x => x.TokenHash).IsUnique();
            i.HasIndex(x => x.CreatedUtc);
            i.Property(x => x.Email).HasMaxLength(256);
            i.Property(x => x.Name).HasMaxLength(200);
            i.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.TokenHash).HasMaxLength(64);
            i.Property(x => x.CreatedBy).HasMaxLength(300);
            i.Property(x => x.UserId).HasMaxLength(450);
        });
        modelBuilder.Entity<SpaceDocument>(d =>
        {
            d.ToTable("Documents");
            d.HasKey(x => x.Id);
            d.HasOne<Space>().WithMany().HasForeignKey(x => x.SpaceId).OnDelete(DeleteBehavior.Restrict);
            d.HasIndex(x => x.SpaceId);
            d.Property(x => x.Title).HasMaxLength(300);
            d.Property(x => x.FileName).HasMaxLength(200);
            d.Property(x => x.ContentType).HasMaxLength(100);
            d.Property(x => x.Sha256).HasMaxLength(64);
            d.Property(x => x.UploadedBy).HasMaxLength(300);
        });
        modelBuilder.Entity<DiscussionThread>(t =>
        {
            t.ToTable("Threads");
            t.HasKey(x => x.Id);
            t.HasOne<Space>().WithMany().HasForeignKey(x => x.SpaceId).OnDelete(DeleteBehavior.Restrict);
            t.HasIndex(x => new { x.SpaceId, x.LastPostUtc });
            t.Property(x => x.Title).HasMaxLength(300);
            t.Property(x => x.StartedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<DiscussionPost>(p =>
        {
            p.ToTable("Posts");
            p.HasKey(x => x.Id);
            p.HasOne<DiscussionThread>().WithMany().HasForeignKey(x => x.ThreadId).OnDelete(DeleteBehavior.Restrict);
            p.HasIndex(x => new { x.ThreadId, x.PostedUtc });
            p.Property(x => x.Body).HasMaxLength(SpaceRules.BodyLength);
            p.Property(x => x.AuthorName).HasMaxLength(200);
            p.Property(x => x.AuthorUserId).HasMaxLength(450);
        });
        modelBuilder.Entity<ReportBack>(r =>
        {
            r.ToTable("ReportBacks");
            r.HasKey(x => x.Id);
            r.HasOne<Space>().WithMany().HasForeignKey(x => x.SpaceId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => new { x.SpaceId, x.ReportedUtc });
            r.Property(x => x.MeasureSlug).HasMaxLength(120);
            r.Property(x => x.MeasureTitle).HasMaxLength(300);
            r.Property(x => x.Body).HasMaxLength(SpaceRules.BodyLength);
            r.Property(x => x.AuthorName).HasMaxLength(200);
            r.Property(x => x.AuthorUserId).HasMaxLength(450);
        });
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqlitePartnersDbContext(DbContextOptions<SqlitePartnersDbContext> options) : PartnersDbContext(options);

internal sealed class PostgresPartnersDbContext(DbContextOptions<PostgresPartnersDbContext> options) : PartnersDbContext(options);
