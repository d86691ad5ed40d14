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
/// filtered by goal, area, status and responsible body. Reads only through <see cref="PlanQueries.PublicMeasures"/>.</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Goals, FollowUpCacheTags.Measures)]
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

    public string BodyName(Guid? id) => Bodies.FirstOrDefault(b => b.Id == id)?.Name ?? "–";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Plan = await db.PlanInForceAsync(SwedishTime.Today(clock), cancellationToken);
        if (Plan is null)
        {
            return;
        }

        var planId = Plan.Id;
        Goals = await db.Goals.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
        Areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(cancellationToken);
        Statuses = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Bodies = await db.ResponsibleBodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name).ToListAsync(cancellationToken);
        Overall = await db.ProgressOfPlanAsync(planId, cancellationToken);
        var byGoal = await db.ProgressByGoalAsync(planId, cancellationToken);
        ByGoal = Goals.Where(g => byGoal.ContainsKey(g.Id)).Select(g => (g, byGoal[g.Id].Count, byGoal[g.Id].Progress)).ToList();
        var byArea = await db.ProgressByAreaAsync(planId, cancellationToken);
        ByArea = Areas.Where(a => byArea.ContainsKey(a.Id)).Select(a => (a, byArea[a.Id].Count, byArea[a.Id].Progress)).ToList();

        var measures = db.PublicMeasures().Where(m => m.PlanId == planId);
        if (Goals.FirstOrDefault(g => g.Slug == GoalSlug) is { } goal)
        {
            measures = measures.Where(m => m.Goals.Any(l => l.GoalId == goal.Id));
        }

        if (Areas.FirstOrDefault(a => a.Slug == AreaSlug) is { } area)
        {
            measures = measures.Where(m => m.Areas.Any(l => l.AreaId == area.Id));
        }

        if (Statuses.FirstOrDefault(s => s.Key == StatusKey) is { } status)
        {
            measures = measures.Where(m => m.StatusId == status.Id);
        }

        if (Bodies.FirstOrDefault(b => b.Slug == BodySlug) is { } body)
        {
            measures = measures.Where(m => m.ResponsibleBodyId == body.Id);
        }

        Result = await measures.OrderBy(m => m.Title).ThenBy(m => m.Id).ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
    }
}
