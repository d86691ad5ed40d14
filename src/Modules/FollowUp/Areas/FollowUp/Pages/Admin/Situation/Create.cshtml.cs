using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class SituationCreateModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<SituationCreateModel> t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SituationForm Input { get; set; } = new();

    public void OnGet()
    {
        var year = SwedishTime.Today(clock).Year;
        Input = new SituationForm { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) };
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

        if (ModelState.IsValid && await db.SituationReports.AnyAsync(r => r.Slug == Input.Slug.Trim(), cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adressnamnet används redan av en annan lägesbild."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var report = new SituationReport();
        Input.ApplyTo(report);
        db.SituationReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
        TempData["Status"] = t["Lägesbilden {0} är skapad.", report.Title].Value;
        return Redirect($"/admin/situation/{report.Id}");
    }
}
