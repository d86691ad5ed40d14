using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Progress on parents (Decidim's accountability): a parent shows the weighted mean of its children's
/// total progress, where a child without a weight counts as 1, so with no weights at all it is the plain mean.
/// Rounded half away from zero to a whole percent. The public figure is the same roll-up over public children only.</summary>
internal static class ProgressRollup
{
    public static int Combine(IReadOnlyCollection<(int Progress, decimal? Weight)> children)
    {
        if (children.Count == 0)
        {
            throw new ArgumentException("A roll-up needs at least one child.", nameof(children));
        }

        var total = children.Sum(c => c.Weight ?? 1m);
        var sum = children.Sum(c => c.Progress * (c.Weight ?? 1m));
        return Math.Clamp((int)Math.Round(sum / total, MidpointRounding.AwayFromZero), 0, 100);
    }

    /// <summary>Sets <see cref="Measure.TotalProgress"/>, <see cref="Measure.HasChildren"/> and their public
    /// counterparts of every measure of a plan held in memory (the recipe and the import), from the leaves up.</summary>
    public static void Apply(IReadOnlyCollection<Measure> plan)
    {
        var children = plan.Where(m => m.ParentId is not null).ToLookup(m => m.ParentId!.Value);
        var done = new HashSet<Guid>();
        var visiting = new HashSet<Guid>();
        foreach (var measure in plan)
        {
            Visit(measure, children, done, visiting);
        }
    }

    private static void Visit(Measure measure, ILookup<Guid, Measure> children, HashSet<Guid> done, HashSet<Guid> visiting)
    {
        if (done.Contains(measure.Id))
        {
            return;
        }

        if (!visiting.Add(measure.Id))
        {
            throw new InvalidOperationException("The measures' parents form a cycle.");
        }

        var mine = children[measure.Id].ToList();
        foreach (var child in mine)
        {
            Visit(child, children, done, visiting);
        }

        Combine(measure, mine);
        visiting.Remove(measure.Id);
        done.Add(measure.Id);
    }

    /// <summary>A measure's totals from its children's: all of them for the back office, the public ones for everyone.</summary>
    private static void Combine(Measure measure, IReadOnlyCollection<Measure> children)
    {
        measure.HasChildren = children.Count > 0;
        measure.TotalProgress = children.Count == 0 ? measure.Progress : Combine(children.Select(c => (c.TotalProgress, c.Weight)).ToList());
        var visible = children.Where(c => c.Classification == Classification.Offentlig).ToList();
        measure.HasPublicChildren = visible.Count > 0;
        measure.PublicProgress = visible.Count == 0 ? measure.Progress : Combine(visible.Select(c => (c.PublicProgress, c.Weight)).ToList());
    }

    /// <summary>After <paramref name="changed"/> (tracked) got a new progress, weight, classification or parent:
    /// recomputes it and its ancestors, and the ancestors of its former parent. Reads only the chain and the siblings
    /// on it, so a plan of any size costs a few queries.</summary>
    public static async Task RollUpAsync(FollowUpDbContext db, Measure changed, Guid? formerParentId, CancellationToken cancellationToken)
    {
        if (!changed.HasChildren)
        {
            changed.TotalProgress = changed.Progress;
        }

        if (!changed.HasPublicChildren)
        {
            changed.PublicProgress = changed.Progress;
        }

        await RollUpFromAsync(db, changed.ParentId, cancellationToken);
        if (formerParentId is { } former && former != changed.ParentId)
        {
            await RollUpFromAsync(db, former, cancellationToken);
        }
    }

    private static async Task RollUpFromAsync(FollowUpDbContext db, Guid? parentId, CancellationToken cancellationToken)
    {
        for (var depth = 0; parentId is { } id && depth <= MeasureRules.MaxDepth; depth++)
        {
            var parent = await db.Measures.SingleAsync(m => m.Id == id, cancellationToken);
            // Tracked query: a child changed in this unit of work is returned with its unsaved values.
            var children = await db.Measures.Where(m => m.ParentId == id).ToListAsync(cancellationToken);
            children = children
                .Concat(db.Measures.Local.Where(m => db.Entry(m).State == EntityState.Added && m.ParentId == id))
                .Where(m => m.ParentId == id && db.Entry(m).State != EntityState.Deleted)
                .DistinctBy(m => m.Id)
                .ToList();
            Combine(parent, children);
            parentId = parent.ParentId;
        }
    }
}
