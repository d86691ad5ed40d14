using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Modules.Notifications.Subscriptions;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Notifications.Data;

/// <summary>The outbox and the citizens' subscriptions (schema notifications).</summary>
internal class NotificationsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "notifications";
    public const int EmailLength = 254;
    public const int SubjectLength = 300;
    public const int TopicLength = 200;
    public const int HashLength = 64;
    public const int ErrorLength = 1000;
    public const int UrlLength = 2000;

    public DbSet<OutboxMessage> Messages => Set<OutboxMessage>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<RemovalRequest> Removals => Set<RemovalRequest>();

    /// <summary>Every DateTime here is UTC; SQLite forgets the kind on the way back, so it is put back.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("Messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.To).HasMaxLength(EmailLength);
            message.Property(m => m.Subject).HasMaxLength(SubjectLength);
            message.Property(m => m.UnsubscribeUrl).HasMaxLength(UrlLength);
            message.Property(m => m.LastError).HasMaxLength(ErrorLength);
            message.Property(m => m.ClaimedBy).HasMaxLength(100);
            message.HasIndex(m => new { m.State, m.NextAttemptUtc });
            message.HasIndex(m => m.To);
        });
        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.ToTable("Subscriptions");
            subscription.HasKey(s => s.Id);
            subscription.Property(s => s.Email).HasMaxLength(EmailLength);
            subscription.Property(s => s.Topic).HasMaxLength(TopicLength);
            subscription.Property(s => s.ConfirmTokenHash).HasMaxLength(HashLength);
            subscription.HasIndex(s => new { s.Email, s.Topic }).IsUnique();
            subscription.HasIndex(s => s.ConfirmTokenHash);
            subscription.HasIndex(s => s.Topic);
        });
        modelBuilder.Entity<RemovalRequest>(removal =>
        {
            removal.ToTable("Removals");
            removal.HasKey(r => r.Id);
            removal.Property(r => r.Email).HasMaxLength(EmailLength);
            removal.Property(r => r.TokenHash).HasMaxLength(HashLength);
            removal.HasIndex(r => r.TokenHash);
        });
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class PostgresNotificationsDbContext(DbContextOptions<PostgresNotificationsDbContext> options) : NotificationsDbContext(options);
