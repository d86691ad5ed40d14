using System.Linq.Expressions;
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

    /// <summary>The Offentlig measures of <paramref name="plan"/> if it is decided, else none: the rows of
    /// <see cref="PublicMeasures"/> in that plan, without asking per row whether its plan is decided (which at 100,000
    /// measures costs as much as the rest of the query). One plan by equality, so that SQLite walks the list's index
    /// in order instead of sorting.</summary>
    public static IQueryable<Measure> PublicMeasuresOf(this FollowUpDbContext db, ActionPlan plan)
    {
        var planId = plan.DecidedOn is null ? Guid.Empty : plan.Id;
        return db.Measures.AsNoTracking().Where(m => m.PlanId == planId && m.Classification == Classification.Offentlig);
    }

    /// <summary>The Offentlig measures of those of <paramref name="plans"/> that are decided.</summary>
    public static IQueryable<Measure> PublicMeasuresOf(this FollowUpDbContext db, IReadOnlyCollection<ActionPlan> plans)
    {
        var decided = plans.Where(p => p.DecidedOn != null).Select(p => p.Id).ToList();
        return db.Measures.AsNoTracking().Where(m => m.Classification == Classification.Offentlig && decided.Contains(m.PlanId));
    }

    /// <summary>The decided plans, which are all that reach citizens.</summary>
    public static async Task<List<ActionPlan>> DecidedPlansAsync(this FollowUpDbContext db, CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().Where(p => p.DecidedOn != null).ToListAsync(cancellationToken);

    /// <summary>The ids of one page of <paramref name="measures"/> in <paramref name="key"/> order, then by id, of
    /// which there are <paramref name="total"/> (known from the roll-ups). The ids come from an index that ends in the
    /// order's columns, so skipped rows are index entries, never rows; a page past the middle is read from the end in
    /// reverse, so the last page costs what the first does and no page skips more than half the list.</summary>
    public static async Task<List<Guid>> PageIdsAsync(IQueryable<Measure> measures, Expression<Func<Measure, string>> key,
        int total, int skip, int take, CancellationToken cancellationToken)
    {
        if (skip >= total || take <= 0)
        {
            return [];
        }

        if (skip <= total / 2)
        {
            return await measures.OrderBy(key).ThenBy(m => m.Id).Select(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        }

        var count = Math.Min(take, total - skip);
        var ids = await measures.OrderByDescending(key).ThenByDescending(m => m.Id).Select(m => m.Id)
            .Skip(total - skip - count).Take(count).ToListAsync(cancellationToken);
        ids.Reverse();
        return ids;
    }

    /// <summary>The rows before page <paramref name="page"/> (from 1), without overflowing for any page number.</summary>
    public static int Skip(int page, int size) => (int)Math.Min(int.MaxValue, (Math.Max(1L, page) - 1) * size);

    /// <summary>The measures of <paramref name="ids"/>, in that order.</summary>
    public static async Task<List<Measure>> InOrderAsync(this FollowUpDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    public static int Mean(int sum, int count) =>
        count == 0 ? 0 : (int)Math.Round(sum / (decimal)count, MidpointRounding.AwayFromZero);
}
