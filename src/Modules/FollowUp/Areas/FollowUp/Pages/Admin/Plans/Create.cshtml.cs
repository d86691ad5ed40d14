using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class PlanCreateModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<PlanCreateModel> t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public void OnGet()
    {
        var year = SwedishTime.Today(clock).Year;
        Input = new PlanForm { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            foreach (var (key, message) in Input.Problems())
            {
                ModelState.AddModelError(key, t[message]);
            }
        }

        if (ModelState.IsValid && await db.Plans.AnyAsync(p => p.Slug == Input.Slug.Trim(), cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adressnamnet används redan av en annan plan."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var plan = new ActionPlan();
        Input.ApplyTo(plan);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(FollowUpCacheTags.Measures, cancellationToken);
        TempData["Status"] = t["Åtgärdsplanen {0} är skapad.", plan.Title].Value;
        return Redirect($"/admin/plans/{plan.Id}");
    }
}
