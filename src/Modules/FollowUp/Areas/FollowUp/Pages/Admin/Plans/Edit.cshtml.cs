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
[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class PlanEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<PlanEditModel> t) : PageModel
{
    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public ListQuery List { get; private set; } = null!;

    public ActionPlan Plan { get; private set; } = null!;

    public IReadOnlyList<MeasureStatus> Statuses { get; private set; } = [];

    public IReadOnlyList<ResponsibleBody> Bodies { get; private set; } = [];

    public PagedResult<Measure> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    /// <summary>Progress by status and by responsible body, drawn with the citizen theme's chart and progress bar.</summary>
    public PlanOverview Overview { get; private set; } = new(0, 0, [], []);

    public string StatusTone(Guid id) => StatusTones.Of(Statuses.FirstOrDefault(s => s.Id == id)?.Key);

    public string StatusName(Guid id) => Statuses.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    public string BodyName(Guid? id) => Bodies.FirstOrDefault(b => b.Id == id)?.Name ?? "–";

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
        var page = Page();
        page.StatusCode = List.StatusCode;
        return page;
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

    /// <summary>The plan's measures, searched, filtered and sorted in the database. Status and responsible body sort by
    /// the register's order and name, not by their ids.</summary>
    private async Task LoadListAsync(CancellationToken cancellationToken)
    {
        Statuses = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Bodies = await db.ResponsibleBodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
        List = new ListQuery($"/admin/plans/{Plan.Id}", Request.Query);
        var text = List.Text("q", t["Sök"]);
        var statusKey = List.Choice("status", t["status"], Statuses.Select(s => s.Key));
        var bodySlug = List.Choice("ansvarig", t["ansvarig"], Bodies.Select(b => b.Slug));
        var sorting = new SortColumns<Measure>(new("namn", Descending: false), q => q.ThenBy(m => m.Id))
            .Add("namn", m => m.Title)
            .Add("status", m => db.Statuses.Where(s => s.Id == m.StatusId).Select(s => s.SortOrder).FirstOrDefault())
            .Add("framsteg", m => m.TotalProgress)
            .Add("ansvarig", m => db.ResponsibleBodies.Where(b => b.Id == m.ResponsibleBodyId).Select(b => b.Name).FirstOrDefault())
            .Add("rapporterad", m => m.LastReportedOn);
        var sort = List.SortBy(sorting);
        Overview = await PlanOverview.LoadAsync(db, Plan.Id, Statuses, Bodies, t["Inget ansvarigt organ"], cancellationToken);
        if (!List.IsValid)
        {
            return;
        }

        var measures = db.Measures.AsNoTracking().Where(m => m.PlanId == Plan.Id);
        if (text is not null)
        {
            var term = text.ToUpperInvariant();
            measures = measures.Where(m => m.Title.ToUpper().Contains(term) || m.Slug.ToUpper().Contains(term));
        }

        if (Statuses.FirstOrDefault(s => s.Key == statusKey) is { } status)
        {
            measures = measures.Where(m => m.StatusId == status.Id);
        }

        if (Bodies.FirstOrDefault(b => b.Slug == bodySlug) is { } body)
        {
            measures = measures.Where(m => m.ResponsibleBodyId == body.Id);
        }

        Result = await sorting.Apply(measures, sort).ToPagedResultAsync(List.Page.Number, List.Page.Size, cancellationToken);
    }
}
