using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages.Admin;

/// <summary>Creates (no id) or edits a medborgarlöfte; the edit page lists its promises. New ones are drafts.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class SetPageModel(CitizenPromisesDbContext db, IPublicCache cache, IStringLocalizer<SetPageModel> t) : PageModel
{
    [BindProperty]
    public SetForm Input { get; set; } = new();

    public PromiseSet? Set { get; private set; }

    public IReadOnlyList<Promise> Promises { get; private set; } = [];

    public IReadOnlyList<Agreement> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken))
        {
            return NotFound();
        }

        if (Set is not null)
        {
            Input = SetForm.Of(Set);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken))
        {
            return NotFound();
        }

        var set = Set ?? new PromiseSet();
        if (Set is not null)
        {
            db.Entry(set).Property(s => s.Version).OriginalValue = Input.Version;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.AgreementId is { } agreementId && Agreements.All(a => a.Id != agreementId))
        {
            ModelState.AddModelError("Input.AgreementId", t["Välj en samverkansöverenskommelse i listan."]);
            return Page();
        }

        Input.ApplyTo(set);
        AdminForms.AddProblems(ModelState, PromiseRules.Check(set), SetForm.Field, t);
        if (await db.Sets.AnyAsync(s => s.Slug == set.Slug && s.Id != set.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adress (slug) används redan av ett annat medborgarlöfte."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Set is null)
        {
            db.Sets.Add(set);
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
        TempData["Status"] = t["Medborgarlöftet är sparat."].Value;
        return Redirect($"/admin/medborgarloften/{set.Id}");
    }

    private async Task<bool> LoadAsync(Guid? id, bool tracked, CancellationToken cancellationToken)
    {
        Agreements = await db.Agreements.AsNoTracking().OrderByDescending(a => a.PeriodFrom).ThenBy(a => a.Title).ToListAsync(cancellationToken);
        if (id is null)
        {
            return true;
        }

        var sets = tracked ? db.Sets : db.Sets.AsNoTracking();
        Set = await sets.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (Set is null)
        {
            return false;
        }

        Promises = await db.Promises.AsNoTracking().Where(p => p.SetId == id).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return true;
    }
}
