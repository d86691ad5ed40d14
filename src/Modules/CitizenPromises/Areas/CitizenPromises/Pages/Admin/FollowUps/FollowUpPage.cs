using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages.Admin;

/// <summary>Staff write (no follow-up id) or edit a follow-up of a promise: what was done, figures, images with
/// alternative text. It stays a draft until an editor publishes it.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class FollowUpPageModel(CitizenPromisesDbContext db, IPublicCache cache, TimeProvider clock, IStringLocalizer<FollowUpPageModel> t) : PageModel
{
    [BindProperty]
    public FollowUpForm Input { get; set; } = new();

    public PromiseSet Set { get; private set; } = null!;

    public Promise Promise { get; private set; } = null!;

    public PromiseFollowUp? FollowUp { get; private set; }

    public string BackPath => $"/admin/medborgarloften/{Set.Id}/loften/{Promise.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid promiseId, Guid? followUpId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, promiseId, followUpId, tracked: false, cancellationToken))
        {
            return NotFound();
        }

        Input = FollowUp is null ? new FollowUpForm { Date = SwedishTime.Today(clock) }.Padded() : FollowUpForm.Of(FollowUp);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid promiseId, Guid? followUpId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, promiseId, followUpId, tracked: true, cancellationToken))
        {
            return NotFound();
        }

        var followUp = FollowUp ?? new PromiseFollowUp { PromiseId = Promise.Id, CreatedBy = User.Identity?.Name };
        if (FollowUp is not null)
        {
            db.Entry(followUp).Property(f => f.Version).OriginalValue = Input.Version;
        }

        if (!ModelState.IsValid)
        {
            Input.Padded();
            return Page();
        }

        Input.ApplyTo(followUp);
        AdminForms.AddProblems(ModelState, PromiseRules.Check(followUp), Input.Field, t);
        if (!ModelState.IsValid)
        {
            Input.Padded();
            return Page();
        }

        if (FollowUp is null)
        {
            db.FollowUps.Add(followUp);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[AdminForms.ConflictMessage]);
            Input.Padded();
            return Page();
        }

        await cache.EvictAsync(PublicPromises.CacheTag, cancellationToken);
        TempData["Status"] = t["Uppföljningen är sparad."].Value;
        return Redirect($"{BackPath}/uppfoljningar/{followUp.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid promiseId, Guid? followUpId, bool tracked, CancellationToken cancellationToken)
    {
        if (await db.Sets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } set
            || await db.Promises.AsNoTracking().SingleOrDefaultAsync(p => p.Id == promiseId && p.SetId == id, cancellationToken) is not { } promise)
        {
            return false;
        }

        (Set, Promise) = (set, promise);
        if (followUpId is null)
        {
            return true;
        }

        var followUps = tracked ? db.FollowUps : db.FollowUps.AsNoTracking();
        FollowUp = await followUps.SingleOrDefaultAsync(f => f.Id == followUpId && f.PromiseId == promiseId, cancellationToken);
        return FollowUp is not null;
    }
}
