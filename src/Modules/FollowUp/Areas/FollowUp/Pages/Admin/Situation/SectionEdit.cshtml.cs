using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

[RequirePermission(Permissions.Names.ManageSituation)]
internal sealed class SectionEditModel(FollowUpDbContext db, IPublicCache cache, IStringLocalizer<SectionEditModel> t) : PageModel
{
    [BindProperty]
    public SectionForm Input { get; set; } = new();

    public SituationSection Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid sectionId, CancellationToken cancellationToken)
    {
        if (await db.SituationSections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sectionId, cancellationToken) is not { } section)
        {
            return NotFound();
        }

        Section = section;
        Input = SectionForm.Of(section);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sectionId, CancellationToken cancellationToken)
    {
        if (await db.SituationSections.SingleOrDefaultAsync(s => s.Id == sectionId, cancellationToken) is not { } section)
        {
            return NotFound();
        }

        Section = section;
        if (ModelState.IsValid)
        {
            foreach (var (key, message) in Input.Problems())
            {
                ModelState.AddModelError(key, t[message]);
            }
        }

        if (ModelState.IsValid && await db.SituationSections.AnyAsync(s => s.ReportId == section.ReportId && s.Slug == Input.Slug.Trim() && s.Id != sectionId, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adressnamnet används redan av ett annat avsnitt."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(section).Property(s => s.Version).OriginalValue = Input.Version;
        Input.ApplyTo(section);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har sparat avsnittet under tiden. Ladda om sidan och gör ändringen igen."]);
            return Page();
        }

        await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
        TempData["Status"] = t["Avsnittet är sparat."].Value;
        return Redirect($"/admin/situation/{section.ReportId}");
    }
}
