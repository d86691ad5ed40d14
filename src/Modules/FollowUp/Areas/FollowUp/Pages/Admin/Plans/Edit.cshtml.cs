using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>A plan's details and its measures (paged, searchable: a plan may hold very many).</summary>
[RequirePermission("FollowUp.ManagePlan")]
internal sealed class PlanEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<PlanEditModel> t) : PageModel
{
    [BindProperty]
    public PlanForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusKey { get; set; }

    /// <summary>A responsible body's id: its measures only (the overview's per-body rows link here).</summary>
    [BindProperty(SupportsGet = true, Name = "organ")]
    public Guid? BodyFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public ActionPlan Plan { get; private set; } = null!;

    public IReadOnlyList<MeasureStatus> Statuses { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Bodies { get; private set; } = new Dictionary<Guid, string>();

    public PagedResult<Measure> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager($"/admin/plans/{Plan.Id}", new Dictionary<string, string?> { ["q"] = Query, ["status"] = StatusKey, ["organ"] = BodyFilter?.ToString() });

    /// <summary>Progress by status and by responsible body, drawn with the citizen theme's chart and progress bar.</summary>
    public PlanOverview Overview { get; private set; } = new(0, 0, [], []);

    public string StatusTone(Guid id) => StatusTones.Of(Statuses.FirstOrDefault(s => s.Id == id)?.Key);

    public string StatusName(Guid id) => Statuses.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    public string BodyName(Guid? id) => id is { } b && Bodies.TryGetValue(b, out var name) ? name : "–";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        Input = PlanForm.Of(plan);
        await LoadListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        if (ModelState.IsValid)
        {
            foreach (var (key, message) in Input.Problems())
            {
                ModelState.AddModelError(key, t[message]);
            }
        }

        if (ModelState.IsValid && await db.Plans.AnyAsync(p => p.Slug == Input.Slug.Trim() && p.Id != id, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adressnamnet används redan av en annan plan."]);
        }

        if (ModelState.IsValid)
        {
            db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
            Input.ApplyTo(plan);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await cache.EvictAsync(FollowUpCacheTags.Measures, cancellationToken);
                TempData["Status"] = t["Åtgärdsplanen är sparad."].Value;
                return Redirect($"/admin/plans/{id}");
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, t["Någon annan har sparat planen under tiden. Ladda om sidan och gör ändringen igen."]);
            }
        }

        db.ChangeTracker.Clear();
        Plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        await LoadListAsync(cancellationToken);
        return Page();
    }

    private async Task LoadListAsync(CancellationToken cancellationToken)
    {
        Statuses = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Bodies = await db.ResponsibleBodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var measures = db.Measures.AsNoTracking().Where(m => m.PlanId == Plan.Id);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var term = Query.Trim();
            measures = measures.Where(m => m.Title.Contains(term) || m.Slug.Contains(term));
        }

        if (Statuses.FirstOrDefault(s => s.Key == StatusKey) is { } status)
        {
            measures = measures.Where(m => m.StatusId == status.Id);
        }

        if (BodyFilter is { } body)
        {
            measures = measures.Where(m => m.ResponsibleBodyId == body);
        }

        Overview = await PlanOverview.LoadAsync(db, Plan.Id, Statuses, Bodies, t["Inget ansvarigt organ"], cancellationToken);

        Result = await measures.OrderBy(m => m.Title).ThenBy(m => m.Id).ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
    }
}
