using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>What adding and editing an agenda item share: load the meeting, check, place the item, save with
/// the meeting's version.</summary>
internal abstract class AgendaItemPage(GovernanceDbContext db, TimeProvider clock, IPublicCache cache, IStringLocalizer t) : PageModel
{
    [BindProperty]
    public AgendaItemForm Input { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;

    public Forum Forum { get; private set; } = null!;

    protected async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindWithForumAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        (Meeting, Forum) = found;
        return true;
    }

    /// <summary>Applies the form to <paramref name="item"/> (already in the list or not), checks and saves.</summary>
    protected async Task<IActionResult> SaveAsync(AgendaItem item, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var candidate = new AgendaItem { Id = item.Id };
        Input.ApplyTo(candidate, SwedishTime.Today(clock));
        foreach (var (field, problem) in AgendaRules.Check(candidate))
        {
            var (key, label) = AgendaItemForm.Field(field);
            ModelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Meeting).Property(m => m.Version).OriginalValue = Input.Version;
        // The agenda is one value of the meeting (JsonColumn): the new list is compared by content, so the
        // meeting row changes and its version guards the agenda against a second editor.
        var items = Meeting.Items.Where(i => i.Id != item.Id).ToList();
        var position = Math.Clamp((Input.Position ?? items.Count + 1) - 1, 0, items.Count);
        items.Insert(position, candidate);
        Meeting.Items = items;
        Meeting.Sequence++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[MeetingEditModel.ConflictMessage]);
            return Page();
        }

        await cache.EvictAsync(PublicCacheTags.Meetings, cancellationToken);
        TempData["Status"] = t["Ärendet är sparat."].Value;
        return Redirect($"/admin/meetings/{Meeting.Id}");
    }
}
