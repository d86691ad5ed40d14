using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>A plan's progress for the back office: all its measures, whatever their classification (the public
/// roll-up, <see cref="PlanRollup"/>, counts only public ones). Progress is the mean of the measures' total progress
/// (<see cref="PlanQueries.Mean"/>), overall over the top-level measures as the public page does, per body over the
/// measures the body is responsible for.</summary>
internal sealed record PlanOverview(int TopLevel, int Progress, IReadOnlyList<PlanOverview.StatusCount> ByStatus, IReadOnlyList<PlanOverview.BodyProgress> ByBody)
{
    internal sealed record StatusCount(MeasureStatus Status, int Count);

    /// <param name="Slug">The body's, for the measures list's filter; null for the measures that have no responsible
    /// body yet.</param>
    /// <param name="Late">Measures of the body whose status is "forsenad".</param>
    internal sealed record BodyProgress(string? Slug, string Name, int Count, int Progress, int Late);

    public static async Task<PlanOverview> LoadAsync(FollowUpDbContext db, Guid planId, IReadOnlyList<MeasureStatus> statuses, IReadOnlyList<ResponsibleBody> bodies, string noBody, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking().Where(m => m.PlanId == planId)
            .Select(m => new { m.StatusId, m.ResponsibleBodyId, m.ParentId, m.TotalProgress }).ToListAsync(cancellationToken);
        var top = measures.Where(m => m.ParentId == null).ToList();
        var late = statuses.Where(s => StatusTones.Of(s.Key) == "late").Select(s => s.Id).ToHashSet();
        var byStatus = statuses.Select(s => new StatusCount(s, measures.Count(m => m.StatusId == s.Id))).Where(s => s.Count > 0).ToList();
        var byId = bodies.ToDictionary(b => b.Id);
        var byBody = measures.GroupBy(m => m.ResponsibleBodyId)
            .Select(g =>
            {
                var body = g.Key is { } id ? byId.GetValueOrDefault(id) : null;
                return new BodyProgress(body?.Slug, body?.Name ?? noBody, g.Count(),
                    PlanQueries.Mean(g.Sum(m => m.TotalProgress), g.Count()), g.Count(m => late.Contains(m.StatusId)));
            })
            .OrderBy(b => b.Slug is null).ThenBy(b => b.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), ignoreCase: true))
            .ToList();
        return new(top.Count, PlanQueries.Mean(top.Sum(m => m.TotalProgress), top.Count), byStatus, byBody);
    }
}
