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

    /// <summary>The Offentlig measures of <paramref name="plans"/>, of which only the decided ones count: the same rows as
    /// <see cref="PublicMeasures"/> restricted to those plans, but without asking per row whether its plan is decided,
    /// which at 100,000 measures costs as much as the rest of the query.</summary>
    public static IQueryable<Measure> PublicMeasuresOf(this FollowUpDbContext db, params IReadOnlyCollection<ActionPlan> plans)
    {
        var decided = plans.Where(p => p.DecidedOn != null).Select(p => p.Id).ToList();
        return db.Measures.AsNoTracking().Where(m => m.Classification == Classification.Offentlig && decided.Contains(m.PlanId));
    }

    /// <summary>The decided plans, which are all that reach citizens.</summary>
    public static async Task<List<ActionPlan>> DecidedPlansAsync(this FollowUpDbContext db, CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().Where(p => p.DecidedOn != null).ToListAsync(cancellationToken);

    /// <summary>One page of <paramref name="ordered"/> measures in two steps: the page's ids, which an index that ends in
    /// the order's columns answers without reading the skipped rows, then those rows.</summary>
    public static async Task<List<Measure>> PageAsync(this FollowUpDbContext db, IQueryable<Measure> ordered, int skip, int take, CancellationToken cancellationToken)
    {
        var ids = await ordered.Select(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var rows = await db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    public static int Mean(int sum, int count) =>
        count == 0 ? 0 : (int)Math.Round(sum / (decimal)count, MidpointRounding.AwayFromZero);
}
