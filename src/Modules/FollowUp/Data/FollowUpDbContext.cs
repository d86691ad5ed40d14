using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Geography;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.FollowUp.Data;

internal class FollowUpDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "followup";

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<CityArea> Areas => Set<CityArea>();

    public DbSet<ResponsibleBody> ResponsibleBodies => Set<ResponsibleBody>();

    public DbSet<MeasureStatus> Statuses => Set<MeasureStatus>();

    public DbSet<ActionPlan> Plans => Set<ActionPlan>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureGoal> MeasureGoals => Set<MeasureGoal>();

    public DbSet<MeasureArea> MeasureAreas => Set<MeasureArea>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<PlanRollup> PlanRollups => Set<PlanRollup>();

    public DbSet<FollowUpPeriod> Periods => Set<FollowUpPeriod>();

    public DbSet<SituationReport> SituationReports => Set<SituationReport>();

    public DbSet<SituationSection> SituationSections => Set<SituationSection>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    /// <summary>Saves, and in the same transaction renews the <see cref="ActionPlan.RollupStamp"/> of every plan whose
    /// measures, goals or areas the changes touch, so that its stored <see cref="PlanRollup"/> rows are no longer
    /// read. The stamp is written with an UPDATE of its own, so the plan's <see cref="ActionPlan.Version"/> stays and
    /// nobody editing the plan meets a false concurrency conflict.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var stale = await PlanRollupCache.StalePlansAsync(this, cancellationToken);
        if (stale.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var stamp = Guid.NewGuid();
            await Plans.Where(p => stale.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.RollupStamp, stamp), cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Every write in the portal is asynchronous; a synchronous save would skip the rollup stamp.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it also renews the plans' rollup stamps.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

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
        modelBuilder.Entity<CityArea>(area =>
        {
            area.ToTable("Areas");
            area.HasKey(a => a.Id);
            area.HasIndex(a => a.Slug).IsUnique();
            area.Property(a => a.Slug).HasMaxLength(80);
            area.Property(a => a.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<ResponsibleBody>(body =>
        {
            body.ToTable("ResponsibleBodies");
            body.HasKey(b => b.Id);
            body.HasIndex(b => b.Slug).IsUnique();
            body.Property(b => b.Slug).HasMaxLength(80);
            body.Property(b => b.Name).HasMaxLength(200);
            body.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
            body.PrimitiveCollection(b => b.Reporters);
        });
        modelBuilder.Entity<MeasureStatus>(status =>
        {
            status.ToTable("MeasureStatuses");
            status.HasKey(s => s.Id);
            status.HasIndex(s => s.Key).IsUnique();
            status.Property(s => s.Key).HasMaxLength(40);
            status.Property(s => s.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<ActionPlan>(plan =>
        {
            plan.ToTable("ActionPlans");
            plan.HasKey(p => p.Id);
            plan.HasIndex(p => p.Slug).IsUnique();
            plan.Property(p => p.Slug).HasMaxLength(80);
            plan.Property(p => p.Title).HasMaxLength(300);
            plan.Property(p => p.Description).HasMaxLength(4000);
            plan.Property(p => p.DecisionReference).HasMaxLength(100);
        });
        modelBuilder.Entity<PlanRollup>(rollup =>
        {
            rollup.ToTable("PlanRollups");
            // The plan first: a read fetches a handful of one plan's rows; a store replaces all of them.
            rollup.HasKey(r => new { r.PlanId, r.GoalId, r.AreaId, r.StatusId, r.BodyId });
            rollup.HasOne<ActionPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Measure>(measure =>
        {
            measure.ToTable("Measures");
            measure.HasKey(m => m.Id);
            measure.HasOne<ActionPlan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
            measure.HasOne<MeasureStatus>().WithMany().HasForeignKey(m => m.StatusId).OnDelete(DeleteBehavior.Restrict);
            measure.HasOne<ResponsibleBody>().WithMany().HasForeignKey(m => m.ResponsibleBodyId).OnDelete(DeleteBehavior.Restrict);
            measure.HasOne<Measure>().WithMany().HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Restrict);
            measure.HasIndex(m => m.Slug).IsUnique();
            // The public list: one plan's public measures in title order, filtered by status or body.
            // The Id as the index's last column makes the list's order (title, then id) and its OFFSET index-only.
            measure.HasIndex(m => new { m.PlanId, m.Classification, m.Title, m.Id });
            // The open-data list: every decided plan's public measures in slug order.
            measure.HasIndex(m => new { m.Classification, m.Slug, m.Id, m.PlanId });
            measure.HasIndex(m => new { m.PlanId, m.StatusId });
            measure.HasIndex(m => new { m.ResponsibleBodyId, m.PlanId });
            measure.HasIndex(m => m.ParentId);
            measure.HasOne<SituationSection>().WithMany().HasForeignKey(m => m.ProblemSectionId).OnDelete(DeleteBehavior.Restrict);
            measure.Property(m => m.Slug).HasMaxLength(80);
            measure.Property(m => m.Title).HasMaxLength(300);
            measure.Property(m => m.Description).HasMaxLength(8000);
            measure.Property(m => m.Problem).HasMaxLength(2000);
            measure.Property(m => m.Contributors).HasMaxLength(1000);
            measure.Property(m => m.BudgetReference).HasMaxLength(200);
            measure.Property(m => m.Weight).HasPrecision(9, 3);
            measure.Property(m => m.Classification).HasConversion<string>().HasMaxLength(20);
            measure.OwnsMany(m => m.Targets, targets => targets.ToJson());
            measure.HasMany(m => m.Goals).WithOne().HasForeignKey(g => g.MeasureId).OnDelete(DeleteBehavior.Cascade);
            measure.HasMany(m => m.Areas).WithOne().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MeasureGoal>(link =>
        {
            link.ToTable("MeasureGoals");
            // Goal first: "the measures of a goal" is the filter citizens use.
            link.HasKey(l => new { l.GoalId, l.MeasureId });
            link.HasIndex(l => l.MeasureId);
            link.HasOne<Goal>().WithMany().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<MeasureArea>(link =>
        {
            link.ToTable("MeasureAreas");
            link.HasKey(l => new { l.AreaId, l.MeasureId });
            link.HasIndex(l => l.MeasureId);
            link.HasOne<CityArea>().WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ProgressUpdate>(update =>
        {
            update.ToTable("ProgressUpdates");
            update.HasKey(u => u.Id);
            update.HasOne<Measure>().WithMany().HasForeignKey(u => u.MeasureId).OnDelete(DeleteBehavior.Restrict);
            update.HasOne<MeasureStatus>().WithMany().HasForeignKey(u => u.StatusId).OnDelete(DeleteBehavior.Restrict);
            update.HasIndex(u => new { u.MeasureId, u.Date });
            update.Property(u => u.Text).HasMaxLength(4000);
            update.Property(u => u.Author).HasMaxLength(256);
        });
        modelBuilder.Entity<Milestone>(milestone =>
        {
            milestone.ToTable("Milestones");
            milestone.HasKey(m => m.Id);
            milestone.HasOne<Measure>().WithMany().HasForeignKey(m => m.MeasureId).OnDelete(DeleteBehavior.Restrict);
            milestone.HasIndex(m => new { m.MeasureId, m.Date });
            milestone.Property(m => m.Title).HasMaxLength(300);
            milestone.Property(m => m.Description).HasMaxLength(2000);
        });
        modelBuilder.Entity<FollowUpPeriod>(period =>
        {
            period.ToTable("FollowUpPeriods");
            period.HasKey(p => p.Id);
            period.HasOne<ActionPlan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Restrict);
            period.HasIndex(p => new { p.PlanId, p.From });
            period.Property(p => p.Name).HasMaxLength(100);
        });
        // "Reports due": the measures of a plan not reported since a date.
        modelBuilder.Entity<Measure>().HasIndex(m => new { m.PlanId, m.LastReportedOn });
        modelBuilder.Entity<SituationReport>(report =>
        {
            report.ToTable("SituationReports");
            report.HasKey(r => r.Id);
            report.HasIndex(r => r.Slug).IsUnique();
            report.HasIndex(r => r.SetOn);
            report.Property(r => r.Slug).HasMaxLength(80);
            report.Property(r => r.Title).HasMaxLength(300);
            report.Property(r => r.Summary).HasMaxLength(8000);
            report.Property(r => r.DecisionReference).HasMaxLength(100);
        });
        modelBuilder.Entity<SituationSection>(section =>
        {
            section.ToTable("SituationSections");
            section.HasKey(s => s.Id);
            section.HasOne<SituationReport>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Restrict);
            section.HasIndex(s => new { s.ReportId, s.Slug }).IsUnique();
            section.Property(s => s.Slug).HasMaxLength(80);
            section.Property(s => s.Title).HasMaxLength(300);
            section.Property(s => s.Text).HasMaxLength(20000);
            section.Property(s => s.Classification).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Indicator>(indicator =>
        {
            indicator.ToTable("Indicators");
            indicator.HasKey(i => i.Id);
            indicator.HasOne<SituationReport>().WithMany().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Restrict);
            indicator.HasOne<SituationSection>().WithMany().HasForeignKey(i => i.SectionId).OnDelete(DeleteBehavior.Restrict);
            indicator.HasIndex(i => i.Slug).IsUnique();
            indicator.HasIndex(i => new { i.ReportId, i.SortOrder });
            indicator.Property(i => i.Slug).HasMaxLength(80);
            indicator.Property(i => i.Name).HasMaxLength(300);
            indicator.Property(i => i.Unit).HasMaxLength(40);
            indicator.Property(i => i.Source).HasMaxLength(200);
            indicator.Property(i => i.Description).HasMaxLength(2000);
            indicator.Property(i => i.Classification).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<IndicatorValue>(value =>
        {
            value.ToTable("IndicatorValues");
            value.HasKey(v => v.Id);
            value.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            value.HasOne<CityArea>().WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Restrict);
            value.HasIndex(v => new { v.IndicatorId, v.Year });
            value.Property(v => v.Gender).HasMaxLength(20);
            value.Property(v => v.AgeGroup).HasMaxLength(20);
            value.Property(v => v.Value).HasPrecision(18, 4);
        });
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteFollowUpDbContext(DbContextOptions<SqliteFollowUpDbContext> options) : FollowUpDbContext(options);

internal sealed class PostgresFollowUpDbContext(DbContextOptions<PostgresFollowUpDbContext> options) : FollowUpDbContext(options);
