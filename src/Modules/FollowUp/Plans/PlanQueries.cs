using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>The only ways public code reads plans and measures: a decided plan, its Offentlig measures.</summary>
internal static class PlanQueries
{
    /// <summary>The decided plan whose period includes today; failing that, the latest decided one; null if none.</summary>
    public static async Task<ActionPlan?> PlanInForceAsync(this FollowUpDbContext db, DateOnly today, CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking()
            .Where(p => p.DecidedOn != null)
            .OrderByDescending(p => p.From <= today && p.To >= today)
            .ThenByDescending(p => p.From)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Offentlig measures of decided plans. Every public page, chart, CSV and API starts here.</summary>
    public static IQueryable<Measure> PublicMeasures(this FollowUpDbContext db) =>
        db.Measures.AsNoTracking()
            .Where(m => m.Classification == Classification.Offentlig)
            .Where(m => db.Plans.Any(p => p.Id == m.PlanId && p.DecidedOn != null));

    /// <summary>Per goal, the number and mean total progress of the plan's public top-level measures (Decidim sums by category the same way).</summary>
    public static async Task<IReadOnlyDictionary<Guid, (int Count, int Progress)>> ProgressByGoalAsync(this FollowUpDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        var rows = await (from link in db.MeasureGoals
                          join m in db.PublicMeasures() on link.MeasureId equals m.Id
                          where m.PlanId == planId && m.ParentId == null
                          group m by link.GoalId into g
                          select new { g.Key, Count = g.Count(), Sum = g.Sum(x => x.TotalProgress) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => (r.Count, Mean(r.Sum, r.Count)));
    }

    public static async Task<IReadOnlyDictionary<Guid, (int Count, int Progress)>> ProgressByAreaAsync(this FollowUpDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        var rows = await (from link in db.MeasureAreas
                          join m in db.PublicMeasures() on link.MeasureId equals m.Id
                          where m.PlanId == planId && m.ParentId == null
                          group m by link.AreaId into g
                          select new { g.Key, Count = g.Count(), Sum = g.Sum(x => x.TotalProgress) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => (r.Count, Mean(r.Sum, r.Count)));
    }

    /// <summary>The plan's overall progress: the mean over its public top-level measures.</summary>
    public static async Task<(int Count, int Progress)> ProgressOfPlanAsync(this FollowUpDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        var roots = db.PublicMeasures().Where(m => m.PlanId == planId && m.ParentId == null);
        var count = await roots.CountAsync(cancellationToken);
        var sum = count == 0 ? 0 : await roots.SumAsync(m => m.TotalProgress, cancellationToken);
        return (count, Mean(sum, count));
    }

    public static int Mean(int sum, int count) =>
        count == 0 ? 0 : (int)Math.Round(sum / (decimal)count, MidpointRounding.AwayFromZero);
}
