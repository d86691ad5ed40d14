using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Geography;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages;

/// <summary>The plan in force for citizens: progress in total, per goal and per area, and its public measures,
/// filtered by goal, area, status and responsible body. Reads only through <see cref="PlanQueries.PublicMeasuresOf"/> and the plan's <see cref="PlanRollup"/> rows.</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Goals, FollowUpCacheTags.Measures, QueryKeys = new[] { "mal", "omrade", "status", "ansvarig", PagerModel.Parameter })]
internal sealed class ActionPlanModel(FollowUpDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "mal")]
    public string? GoalSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "omrade")]
    public string? AreaSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "ansvarig")]
    public string? BodySlug { get; set; }

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public ActionPlan? Plan { get; private set; }

    public (int Count, int Progress) Overall { get; private set; }

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public IReadOnlyList<CityArea> Areas { get; private set; } = [];

    public IReadOnlyList<MeasureStatus> Statuses { get; private set; } = [];

    public IReadOnlyList<ResponsibleBody> Bodies { get; private set; } = [];

    public IReadOnlyList<(Goal Goal, int Count, int Progress)> ByGoal { get; private set; } = [];

    public IReadOnlyList<(CityArea Area, int Count, int Progress)> ByArea { get; private set; } = [];

    public PagedResult<Measure> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/atgardsplan", new Dictionary<string, string?>
    {
        ["mal"] = GoalSlug, ["omrade"] = AreaSlug, ["status"] = StatusKey, ["ansvarig"] = BodySlug,
    });

    public string StatusName(Guid id) => Statuses.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    public string StatusTone(Guid id) => StatusTones.Of(Statuses.FirstOrDefault(s => s.Id == id)?.Key);

    public string BodyName(Guid? id) => Bodies.FirstOrDefault(b => b.Id == id)?.Name ?? "–";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await db.PlanInForceAsync(SwedishTime.Today(clock), cancellationToken);
        if (Plan is null)
        {
            return;
        }

        Goals = await db.Goals.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        Areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(cancellationToken);
        Statuses = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Bodies = await db.ResponsibleBodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name).ToListAsync(cancellationToken);
        var goal = Goals.FirstOrDefault(g => g.Slug == GoalSlug);
        var area = Areas.FirstOrDefault(a => a.Slug == AreaSlug);
        var status = Statuses.FirstOrDefault(s => s.Key == StatusKey);
        var body = Bodies.FirstOrDefault(b => b.Slug == BodySlug);
        var filter = new RollupKey(goal?.Id ?? Guid.Empty, area?.Id ?? Guid.Empty, status?.Id ?? Guid.Empty, body?.Id ?? Guid.Empty);

        // Totals and progress come from the plan's stored roll-ups, so they cost the same at 100 or 100,000 measures.
        var figures = await PlanRollupCache.ReadAsync(db, Plan, filter, cancellationToken);
        var overall = figures.Of(RollupKey.Everything);
        Overall = (overall.TopLevel, overall.Progress);
        ByGoal = [.. from g in Goals let t = figures.Of(RollupKey.Goal(g.Id)) where t.TopLevel > 0 select (g, t.TopLevel, t.Progress)];
        ByArea = [.. from a in Areas let t = figures.Of(RollupKey.Area(a.Id)) where t.TopLevel > 0 select (a, t.TopLevel, t.Progress)];

        var measures = db.PublicMeasuresOf(Plan);
        if (goal is not null)
        {
            measures = measures.Where(m => m.Goals.Any(l => l.GoalId == goal.Id));
        }

        if (area is not null)
        {
            measures = measures.Where(m => m.Areas.Any(l => l.AreaId == area.Id));
        }

        if (status is not null)
        {
            measures = measures.Where(m => m.StatusId == status.Id);
        }

        if (body is not null)
        {
            measures = measures.Where(m => m.ResponsibleBodyId == body.Id);
        }

        var page = Math.Max(1, PageNumber);
        var size = PagingExtensions.DefaultPageSize;
        var total = figures.Of(filter).Measures;
        var ids = await PlanQueries.PageIdsAsync(measures, m => m.Title, total, PlanQueries.Skip(page, size), size, cancellationToken);
        var items = await db.InOrderAsync(ids, cancellationToken);
        Result = new PagedResult<Measure>(items, page, size, total);
    }
}
