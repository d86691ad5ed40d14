using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>A new section starts internal: publishing a part of the lägesbild is a decision.</summary>
[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class SectionCreateModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<SectionCreateModel> t) : PageModel
{
    [BindProperty]
    public SectionForm Input { get; set; } = new();

    public SituationReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SituationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SituationReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        if (ModelState.IsValid)
        {
            foreach (var (key, message) in Input.Problems())
            {
                ModelState.AddModelError(key, t[message]);
            }
        }

        if (ModelState.IsValid && await db.SituationSections.AnyAsync(s => s.ReportId == id && s.Slug == Input.Slug.Trim(), cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adressnamnet används redan av ett annat avsnitt."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var section = new SituationSection { ReportId = id, SortOrder = await db.SituationSections.CountAsync(s => s.ReportId == id, cancellationToken) };
        Input.ApplyTo(section);
        db.SituationSections.Add(section);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
        TempData["Status"] = t["Avsnittet {0} är skapat.", section.Title].Value;
        return Redirect($"/admin/situation/{id}");
    }
}
