using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Geography;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages;

/// <summary>One public measure for citizens: why, goals, who, status, progress, indicators and timeline. An internal
/// measure answers 404 exactly like one that does not exist; its parent and children show only when public too.</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Goals, FollowUpCacheTags.Measures, FollowUpCacheTags.Situation, PublicCacheTags.Meetings)]
internal sealed class MeasureModel(FollowUpDbContext db, IEnumerable<IMeasureDecisionSource> decisionSources, IStringLocalizer<MeasureModel> t) : PageModel
{
    public Measure Measure { get; private set; } = null!;

    public ActionPlan Plan { get; private set; } = null!;

    public ResponsibleBody? Body { get; private set; }

    public Measure? Parent { get; private set; }

    public IReadOnlyList<Measure> Children { get; private set; } = [];

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public IReadOnlyList<CityArea> Areas { get; private set; } = [];

    public IReadOnlyList<MeasureStatus> Statuses { get; private set; } = [];

    /// <summary>The lägesbild section the measure answers, when it is public and in the lägesbild /lagesbild shows.</summary>
    public SituationSection? ProblemSection { get; private set; }

    /// <summary>The forums' public decisions that concern the measure (from Governance, when it is on).</summary>
    public IReadOnlyList<MeasureDecision> Decisions { get; private set; } = [];

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public string StatusName(Guid id) => Statuses.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var measure = await db.PublicMeasures().Include(m => m.Goals).Include(m => m.Areas).AsSingleQuery().SingleOrDefaultAsync(m => m.Slug == slug, cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }

        Measure = measure;
        Plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == measure.PlanId, cancellationToken);
        Body = measure.ResponsibleBodyId is { } body ? await db.ResponsibleBodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == body, cancellationToken) : null;
        Parent = measure.ParentId is { } parent ? await db.PublicMeasures().SingleOrDefaultAsync(m => m.Id == parent, cancellationToken) : null;
        Children = await db.PublicMeasures().Where(m => m.ParentId == measure.Id).OrderBy(m => m.Title).Take(200).ToListAsync(cancellationToken);
        var goalIds = measure.Goals.Select(g => g.GoalId).ToList();
        Goals = await db.Goals.AsNoTracking().Where(g => goalIds.Contains(g.Id)).OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        var areaIds = measure.Areas.Select(a => a.AreaId).ToList();
        Areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        if (measure.ProblemSectionId is { } sectionId && await db.LatestSetAsync(cancellationToken) is { } current)
        {
            ProblemSection = await db.PublicSections().SingleOrDefaultAsync(s => s.Id == sectionId && s.ReportId == current.Id, cancellationToken);
        }

        var decisions = new List<MeasureDecision>();
        foreach (var source in decisionSources)
        {
            decisions.AddRange(await source.PublicDecisionsAsync(measure.Slug, cancellationToken));
        }

        Decisions = decisions;
        Statuses = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);

        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => u.MeasureId == measure.Id).OrderByDescending(u => u.Date).Take(200).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.MeasureId == measure.Id).OrderByDescending(m => m.Date).Take(200).ToListAsync(cancellationToken);
        // Who reported is shown as the responsible body, never as a person (GDPR: a public role only).
        Timeline = updates.Select(u => new TimelineEntry(u.Date, t["Lägesrapport: {0}, {1} %", StatusName(u.StatusId), u.Progress].Value, u.Text))
            .Concat(milestones.Select(m => new TimelineEntry(m.Date, t[m.Done ? "Milstolpe uppnådd: {0}" : "Milstolpe: {0}", m.Title].Value, m.Description)))
            .OrderByDescending(e => e.Date)
            .ToList();
        return Page();
    }

    internal sealed record TimelineEntry(DateOnly Date, string Title, string? Text);
}
