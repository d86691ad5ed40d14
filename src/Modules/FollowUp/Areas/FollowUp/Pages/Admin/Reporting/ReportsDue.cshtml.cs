using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>For Säkerhetsenheten: in a follow-up period (the current one by default), the measures that are not
/// finished and whose responsible body has not reported since the period began.</summary>
[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class ReportsDueModel(FollowUpDbContext db, TimeProvider clock, IStringLocalizer<ReportsDueModel> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public Guid? PeriodId { get; set; }

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public string? PeriodName { get; set; }

    [BindProperty]
    public DateOnly? PeriodFrom { get; set; }

    [BindProperty]
    public DateOnly? PeriodTo { get; set; }

    public ActionPlan Plan { get; private set; } = null!;

    public IReadOnlyList<FollowUpPeriod> Periods { get; private set; } = [];

    public FollowUpPeriod? Period { get; private set; }

    public IReadOnlyDictionary<Guid, string> Bodies { get; private set; } = new Dictionary<Guid, string>();

    public PagedResult<Measure> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager($"/admin/plans/{Plan.Id}/reports-due", new Dictionary<string, string?> { ["period"] = Period?.Id.ToString() });

    public string BodyName(Guid? id) => id is { } b && Bodies.TryGetValue(b, out var name) ? name : t["Inget ansvarigt organ"].Value;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPeriodAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(PeriodName) || PeriodName.Length > 100)
        {
            ModelState.AddModelError(nameof(PeriodName), t["Ange ett namn med högst 100 tecken."]);
        }

        if (PeriodFrom is null)
        {
            ModelState.AddModelError(nameof(PeriodFrom), t["Ange när perioden börjar."]);
        }

        if (PeriodTo is null)
        {
            ModelState.AddModelError(nameof(PeriodTo), t["Ange när perioden slutar."]);
        }
        else if (PeriodFrom is { } from && PeriodTo < from)
        {
            ModelState.AddModelError(nameof(PeriodTo), t["Till får inte vara före Från."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        var period = new FollowUpPeriod { PlanId = id, Name = PeriodName!.Trim(), From = PeriodFrom!.Value, To = PeriodTo!.Value };
        db.Periods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = t["Perioden {0} är tillagd.", period.Name].Value;
        return Redirect($"/admin/plans/{id}/reports-due?period={period.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        Periods = await db.Periods.AsNoTracking().Where(p => p.PlanId == id).OrderBy(p => p.From).ToListAsync(cancellationToken);
        var today = SwedishTime.Today(clock);
        Period = Periods.FirstOrDefault(p => p.Id == PeriodId)
            ?? Periods.FirstOrDefault(p => p.From <= today && p.To >= today)
            ?? Periods.LastOrDefault(p => p.From <= today)
            ?? Periods.FirstOrDefault();
        if (Period is null)
        {
            return true;
        }

        Bodies = await db.ResponsibleBodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var (from, to) = (Period.From, Period.To);
        var final = await db.Statuses.AsNoTracking().Where(s => s.IsFinal).Select(s => s.Id).ToListAsync(cancellationToken);
        Result = await db.Measures.AsNoTracking()
            .Where(m => m.PlanId == id && !final.Contains(m.StatusId))
            .Where(m => m.Start == null || m.Start <= to)
            .Where(m => m.LastReportedOn == null || m.LastReportedOn < from)
            .OrderBy(m => m.ResponsibleBodyId).ThenBy(m => m.Title).ThenBy(m => m.Id)
            .ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
        return true;
    }
}
