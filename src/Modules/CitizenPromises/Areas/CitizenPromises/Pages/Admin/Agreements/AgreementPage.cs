using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages.Admin;

/// <summary>Creates (no id) or edits a samverkansöverenskommelse. New ones are drafts.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class AgreementPageModel(CitizenPromisesDbContext db, IPublicCache cache, IStringLocalizer<AgreementPageModel> t) : PageModel
{
    [BindProperty]
    public AgreementForm Input { get; set; } = new();

    public Agreement? Agreement { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (Agreement is null)
            {
                return NotFound();
            }

            Input = AgreementForm.Of(Agreement);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (Agreement is null)
            {
                return NotFound();
            }

            // The version the editor saw is what the update must still find, or someone else saved in between.
            db.Entry(Agreement).Property(a => a.Version).OriginalValue = Input.Version;
        }

        var agreement = Agreement ?? new Agreement();

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(agreement);
        AdminForms.AddProblems(ModelState, PromiseRules.Check(agreement), AgreementForm.Field, t);
        if (await db.Agreements.AnyAsync(a => a.Slug == agreement.Slug && a.Id != agreement.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Kortnamn (slug) används redan av en annan överenskommelse."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (id is null)
        {
            db.Agreements.Add(agreement);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[AdminForms.ConflictMessage]);
            return Page();
        }

        await cache.EvictAsync(PublicPromises.CacheTag, cancellationToken);
        TempData["Status"] = t["Överenskommelsen är sparad."].Value;
        return Redirect($"/admin/medborgarloften/overenskommelser/{agreement.Id}");
    }
}
