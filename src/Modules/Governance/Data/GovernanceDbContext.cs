using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Governance.Data;

internal class GovernanceDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "governance";

    public DbSet<Forum> Forums => Set<Forum>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Protocol> Protocols => Set<Protocol>();

    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    public DbSet<ParagraphMeasure> ParagraphMeasures => Set<ParagraphMeasure>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    /// <summary>Every DateTime here is UTC; SQLite forgets the kind on the way back, so it is put back.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Forum>(forum =>
        {
            forum.ToTable("Forums");
            forum.HasKey(f => f.Id);
            forum.HasIndex(f => f.Slug).IsUnique();
            forum.Property(f => f.Slug).HasMaxLength(80);
            forum.Property(f => f.Name).HasMaxLength(200);
            forum.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            forum.Property(f => f.Purpose).HasMaxLength(4000);
            forum.Property(f => f.Chair).HasMaxLength(300);
            forum.Property(f => f.Convener).HasMaxLength(300);
            forum.Property(f => f.Presenter).HasMaxLength(300);
            forum.Property(f => f.Compiler).HasMaxLength(300);
            forum.Property(f => f.Resources).HasMaxLength(1000);
            forum.Property(f => f.MeetingFrequencyNote).HasMaxLength(300);
            // Tasks and seats are read and written with their forum, in order: a JSON column keeps both.
            forum.PrimitiveCollection(f => f.Tasks);
            forum.OwnsMany(f => f.Seats, seats =>
            {
                seats.ToJson();
                seats.Property(s => s.Kind).HasConversion<string>();
            });
        });
        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("Memberships");
            membership.HasKey(m => m.Id);
            // Memberships are never deleted (history is kept), so a forum with members cannot be removed either.
            membership.HasOne<Forum>().WithMany().HasForeignKey(m => m.ForumId).OnDelete(DeleteBehavior.Restrict);
            membership.HasIndex(m => new { m.ForumId, m.To });
            membership.Property(m => m.PersonName).HasMaxLength(200);
            membership.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            membership.Property(m => m.Organisation).HasMaxLength(200);
            membership.Property(m => m.Party).HasMaxLength(100);
            membership.Property(m => m.UserId).HasMaxLength(450);
            membership.HasIndex(m => m.UserId);
        });
        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("Meetings");
            meeting.HasKey(m => m.Id);
            meeting.HasOne<Forum>().WithMany().HasForeignKey(m => m.ForumId).OnDelete(DeleteBehavior.Restrict);
            meeting.HasIndex(m => m.StartsUtc);
            meeting.HasIndex(m => new { m.ForumId, m.StartsUtc });
            meeting.Property(m => m.Place).HasMaxLength(300);
            meeting.Property(m => m.OnlineLink).HasMaxLength(500);
            meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            // The agenda is one JSON value of its meeting (not owned entities, whose reordering EF cannot track):
            // any change to it changes the meeting row, so the meeting's version guards the whole agenda.
            meeting.Property(m => m.Items).HasConversion(JsonColumn<AgendaItem>.Converter, JsonColumn<AgendaItem>.Comparer);
        });
        modelBuilder.Entity<Attachment>(attachment =>
        {
            attachment.ToTable("Attachments");
            attachment.HasKey(a => a.Id);
            attachment.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
            attachment.HasIndex(a => new { a.MeetingId, a.AgendaItemId });
            attachment.Property(a => a.FileName).HasMaxLength(200);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.Property(a => a.UploadedBy).HasMaxLength(300);
        });
        modelBuilder.Entity<Protocol>(protocol =>
        {
            protocol.ToTable("Protocols");
            protocol.HasKey(p => p.MeetingId);
            protocol.HasOne<Meeting>().WithOne().HasForeignKey<Protocol>(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
            protocol.HasIndex(p => new { p.ForumId, p.Year });
            protocol.Property(p => p.Justerare).HasMaxLength(300);
            protocol.Property(p => p.AdjustedBy).HasMaxLength(300);
            protocol.Property(p => p.AdjustmentRecordedBy).HasMaxLength(300);
            protocol.Property(p => p.Attendance).HasConversion(JsonColumn<Attendance>.Converter, JsonColumn<Attendance>.Comparer);
        });
        modelBuilder.Entity<Paragraph>(paragraph =>
        {
            paragraph.ToTable("Paragraphs");
            paragraph.HasKey(p => p.Id);
            paragraph.HasOne<Protocol>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
            // The § number is unique per forum and year: two secretaries numbering at once cannot both get § 7.
            paragraph.HasIndex(p => new { p.ForumId, p.Year, p.Number }).IsUnique();
            paragraph.HasIndex(p => p.MeetingId);
            paragraph.Property(p => p.Title).HasMaxLength(300);
            paragraph.Property(p => p.CaseNumber).HasMaxLength(40);
            paragraph.Property(p => p.Body).HasMaxLength(8000);
            paragraph.Property(p => p.Decision).HasMaxLength(8000);
            paragraph.Property(p => p.Classification).HasConversion<string>().HasMaxLength(20);
            paragraph.Property(p => p.OslReference).HasMaxLength(100);
            paragraph.Property(p => p.MarkedBy).HasMaxLength(200);
            paragraph.Property(p => p.ImmediatelyAdjustedBy).HasMaxLength(300);
            paragraph.Property(p => p.CorrectionReason).HasMaxLength(2000);
            paragraph.Property(p => p.CreatedBy).HasMaxLength(300);
            paragraph.Ignore(p => p.Marking);
        });
        modelBuilder.Entity<ParagraphMeasure>(link =>
        {
            link.ToTable("ParagraphMeasures");
            link.HasKey(l => new { l.ParagraphId, l.MeasureSlug });
            // A measure's page asks for the decisions that concern it.
            link.HasIndex(l => l.MeasureSlug);
            link.Property(l => l.MeasureSlug).HasMaxLength(80);
            link.HasOne<Paragraph>().WithMany().HasForeignKey(l => l.ParagraphId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteGovernanceDbContext(DbContextOptions<SqliteGovernanceDbContext> options) : GovernanceDbContext(options);

internal sealed class PostgresGovernanceDbContext(DbContextOptions<PostgresGovernanceDbContext> options) : GovernanceDbContext(options);
