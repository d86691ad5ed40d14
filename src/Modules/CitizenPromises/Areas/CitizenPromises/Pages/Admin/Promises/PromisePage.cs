using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages.Admin;

/// <summary>Creates (no promise id) or edits a promise of a set, with its activities and measures; the edit page
/// lists its follow-ups. New promises are drafts.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class PromisePageModel(CitizenPromisesDbContext db, IPublicCache cache, IStringLocalizer<PromisePageModel> t) : PageModel
{
    [BindProperty]
    public PromiseForm Input { get; set; } = new();

    public PromiseSet Set { get; private set; } = null!;

    public Promise? Promise { get; private set; }

    public IReadOnlyList<PromiseFollowUp> FollowUps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? promiseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, promiseId, tracked: false, cancellationToken))
        {
            return NotFound();
        }

        Input = Promise is null
            ? new PromiseForm { SortOrder = await db.Promises.CountAsync(p => p.SetId == id, cancellationToken) }
            : PromiseForm.Of(Promise);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? promiseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, promiseId, tracked: true, cancellationToken))
        {
            return NotFound();
        }

        var promise = Promise ?? new Promise { SetId = Set.Id };
        if (Promise is not null)
        {
            db.Entry(promise).Property(p => p.Version).OriginalValue = Input.Version;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(promise);
        AdminForms.AddProblems(ModelState, PromiseRules.Check(promise), PromiseForm.Field, t);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Promise is null)
        {
            db.Promises.Add(promise);
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
        TempData["Status"] = t["Löftet är sparat."].Value;
        return Redirect($"/admin/medborgarloften/{Set.Id}/loften/{promise.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid? promiseId, bool tracked, CancellationToken cancellationToken)
    {
        if (await db.Sets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } set)
        {
            return false;
        }

        Set = set;
        if (promiseId is null)
        {
            return true;
        }

        var promises = tracked ? db.Promises : db.Promises.AsNoTracking();
        Promise = await promises.SingleOrDefaultAsync(p => p.Id == promiseId && p.SetId == id, cancellationToken);
        if (Promise is null)
        {
            return false;
        }

        FollowUps = await db.FollowUps.AsNoTracking().Where(f => f.PromiseId == promiseId).OrderByDescending(f => f.Date).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return true;
    }
}
