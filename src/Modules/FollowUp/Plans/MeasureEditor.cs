using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>What the admin forms and the CSV import share when a measure is created or changed: the rules that need
/// the database (unique slug, parent in the same plan and no cycle) and the roll-up afterwards.</summary>
internal sealed class MeasureEditor(FollowUpDbContext db)
{
    /// <summary>Checks <paramref name="measure"/> (its PlanId set) and points it at the parent with <paramref name="parentSlug"/>.
    /// Returns every problem with its field; nothing is saved.</summary>
    public async Task<List<(string Field, string Problem)>> PrepareAsync(Measure measure, string? parentSlug, CancellationToken cancellationToken)
    {
        var problems = new List<(string Field, string Problem)>();
        if (!Slug.IsValid(measure.Slug))
        {
            problems.Add(("slug", "får bara innehålla a–z, 0–9 och bindestreck (högst 80 tecken)"));
        }
        else if (await db.Measures.AnyAsync(m => m.Slug == measure.Slug && m.Id != measure.Id, cancellationToken)
                 || db.Measures.Local.Any(m => m.Slug == measure.Slug && m.Id != measure.Id))
        {
            problems.Add(("slug", "används redan av en annan åtgärd"));
        }

        problems.AddRange(MeasureRules.Check(measure).Where(p => p.Field != "parent"));
        measure.ParentId = null;
        if (!string.IsNullOrWhiteSpace(parentSlug))
        {
            var slug = parentSlug.Trim();
            var parent = db.Measures.Local.FirstOrDefault(m => m.Slug == slug)
                ?? await db.Measures.SingleOrDefaultAsync(m => m.Slug == slug, cancellationToken);
            measure.ParentId = parent?.Id ?? Guid.Empty;
            var ancestors = parent is null ? [] : await AncestorsAsync(parent, cancellationToken);
            if (MeasureRules.CheckParent(measure, parent, ancestors) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    public Task RollUpAsync(Measure measure, Guid? formerParentId, CancellationToken cancellationToken) =>
        ProgressRollup.RollUpAsync(db, measure, formerParentId, cancellationToken);

    private async Task<List<Guid>> AncestorsAsync(Measure parent, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        var next = parent.ParentId;
        while (next is { } id && ids.Count < MeasureRules.MaxDepth && !ids.Contains(id))
        {
            ids.Add(id);
            next = db.Measures.Local.FirstOrDefault(m => m.Id == id)?.ParentId
                ?? await db.Measures.AsNoTracking().Where(m => m.Id == id).Select(m => m.ParentId).SingleOrDefaultAsync(cancellationToken);
        }

        return ids;
    }
}
