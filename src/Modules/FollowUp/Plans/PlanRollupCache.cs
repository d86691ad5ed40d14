using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Reads a plan's <see cref="PlanRollup"/> rows, computing and storing them when the plan's measures changed
/// since they were stored (ADR 18). A read costs one indexed query at any plan size; the first read after a change
/// pays one pass over the plan's public measures.</summary>
internal static class PlanRollupCache
{
    /// <summary>The figures the public list needs: the whole plan, each goal, each area and <paramref name="filter"/>.</summary>
    public static async Task<PlanFigures> ReadAsync(FollowUpDbContext db, ActionPlan plan, RollupKey filter, CancellationToken cancellationToken)
    {
        var empty = Guid.Empty;
        var stored = await db.PlanRollups.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.Stamp == plan.RollupStamp)
            .Where(r => (r.StatusId == empty && r.BodyId == empty && (r.GoalId == empty || r.AreaId == empty))
                || (r.GoalId == filter.GoalId && r.AreaId == filter.AreaId && r.StatusId == filter.StatusId && r.BodyId == filter.BodyId))
            .ToListAsync(cancellationToken);
        // The row for "everything" exists in every stored set, even for a plan without public measures.
        if (stored.Any(r => Key(r) == RollupKey.Everything))
        {
            return new PlanFigures(stored.ToDictionary(Key, r => new RollupTally(r.Measures, r.TopLevel, r.TopLevelProgress)));
        }

        var computed = await ComputeAsync(db, plan.Id, cancellationToken);
        await TryStoreAsync(db, plan, computed, cancellationToken);
        return new PlanFigures(computed);
    }

    /// <summary>The number of public measures of each plan (the open-data API's total), by the same rows.</summary>
    public static async Task<int> PublicCountAsync(FollowUpDbContext db, IReadOnlyCollection<ActionPlan> plans, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var plan in plans)
        {
            total += (await ReadAsync(db, plan, RollupKey.Everything, cancellationToken)).Of(RollupKey.Everything).Measures;
        }

        return total;
    }

    /// <summary>Every combination that occurs among the plan's public measures. A measure counts once under "any"
    /// of each filter and once under each of its own goals, areas, its status and its body.</summary>
    public static async Task<Dictionary<RollupKey, RollupTally>> ComputeAsync(FollowUpDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        var measures = db.Measures.AsNoTracking().Where(m => m.PlanId == planId && m.Classification == Classification.Offentlig);
        var rows = await measures
            .Select(m => new { m.Id, m.StatusId, m.ResponsibleBodyId, TopLevel = m.ParentId == null, m.PublicProgress })
            .ToListAsync(cancellationToken);
        var goals = (await (from link in db.MeasureGoals join m in measures on link.MeasureId equals m.Id select new { link.MeasureId, link.GoalId })
            .ToListAsync(cancellationToken)).ToLookup(l => l.MeasureId, l => l.GoalId);
        var areas = (await (from link in db.MeasureAreas join m in measures on link.MeasureId equals m.Id select new { link.MeasureId, link.AreaId })
            .ToListAsync(cancellationToken)).ToLookup(l => l.MeasureId, l => l.AreaId);

        var tallies = new Dictionary<RollupKey, RollupTally> { [RollupKey.Everything] = default };
        foreach (var m in rows)
        {
            Guid[] goalKeys = [Guid.Empty, .. goals[m.Id]];
            Guid[] areaKeys = [Guid.Empty, .. areas[m.Id]];
            Guid[] statusKeys = [Guid.Empty, m.StatusId];
            Guid[] bodyKeys = m.ResponsibleBodyId is { } responsible ? [Guid.Empty, responsible] : [Guid.Empty];
            foreach (var goal in goalKeys)
            foreach (var area in areaKeys)
            foreach (var status in statusKeys)
            foreach (var body in bodyKeys)
            {
                var key = new RollupKey(goal, area, status, body);
                tallies[key] = tallies.GetValueOrDefault(key).Add(m.TopLevel, m.PublicProgress);
            }
        }

        return tallies;
    }

    private static RollupKey Key(PlanRollup row) => new(row.GoalId, row.AreaId, row.StatusId, row.BodyId);

    /// <summary>Replaces the plan's stored rows, stamped with the stamp read together with the plan, unless the plan
    /// carries a newer one by now. Rows computed before a change that commits after this store are stamped with the
    /// old stamp and therefore never read. A database that refuses the write only costs the next reader another
    /// computation.</summary>
    private static async Task TryStoreAsync(FollowUpDbContext db, ActionPlan plan, Dictionary<RollupKey, RollupTally> tallies, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return; // Inside someone else's unit of work: not ours to write in.
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Locks the plan's row until the commit, so that readers storing at once take turns instead of colliding
            // on the primary key; and stores nothing once the measures have changed since the plan was read.
            var unchanged = await db.Plans.Where(p => p.Id == plan.Id && p.RollupStamp == plan.RollupStamp)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.RollupStamp, plan.RollupStamp), cancellationToken);
            if (unchanged == 0)
            {
                return;
            }

            await db.PlanRollups.Where(r => r.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
            db.PlanRollups.AddRange(tallies.Select(t => new PlanRollup
            {
                PlanId = plan.Id, GoalId = t.Key.GoalId, AreaId = t.Key.AreaId, StatusId = t.Key.StatusId, BodyId = t.Key.BodyId,
                Stamp = plan.RollupStamp, Measures = t.Value.Measures, TopLevel = t.Value.TopLevel, TopLevelProgress = t.Value.TopLevelProgress,
            }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException)
        {
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The plans whose rollups the pending changes make stale: those of every added, changed or deleted
    /// measure (before and after a move) and of every measure whose goals or areas change. Called before saving.</summary>
    public static async Task<HashSet<Guid>> StalePlansAsync(FollowUpDbContext db, CancellationToken cancellationToken)
    {
        var plans = new HashSet<Guid>();
        var linked = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Measure measure:
                    // Both plans of a measure moved between plans; for an added one the original is the current value.
                    plans.Add(measure.PlanId);
                    plans.Add((Guid)entry.Property(nameof(Measure.PlanId)).OriginalValue!);
                    break;
                case MeasureGoal goal:
                    linked.Add(goal.MeasureId);
                    break;
                case MeasureArea area:
                    linked.Add(area.MeasureId);
                    break;
            }
        }

        // A link's measure is usually tracked too (edited through its navigation); only the others are looked up.
        var tracked = db.Measures.Local.Where(m => linked.Contains(m.Id)).ToList();
        plans.UnionWith(tracked.Select(m => m.PlanId));
        linked.ExceptWith(tracked.Select(m => m.Id));
        if (linked.Count > 0)
        {
            plans.UnionWith(await db.Measures.AsNoTracking().Where(m => linked.Contains(m.Id)).Select(m => m.PlanId).ToListAsync(cancellationToken));
        }

        return plans;
    }
}

/// <summary>The figures of <see cref="PlanRollupCache.ReadAsync"/>: a combination that does not occur has none.</summary>
internal sealed class PlanFigures(IReadOnlyDictionary<RollupKey, RollupTally> tallies)
{
    public RollupTally Of(RollupKey key) => tallies.GetValueOrDefault(key);
}
