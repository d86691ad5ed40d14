using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

[RequirePermission(Permissions.Names.ManageMeetings)]
internal sealed class MeetingCreateModel(GovernanceDbContext db, TimeProvider clock, IPublicCache cache, IStringLocalizer<MeetingCreateModel> t) : PageModel
{
    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Forums = await LoadForumsAsync(cancellationToken);
        Input = new MeetingForm { ForumId = Forums.FirstOrDefault()?.Id ?? Guid.Empty, Start = new TimeOnly(13, 0), End = new TimeOnly(15, 0) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Forums = await LoadForumsAsync(cancellationToken);
        if (Forums.All(f => f.Id != Input.ForumId))
        {
            ModelState.AddModelError("Input.ForumId", t["Välj ett forum."]);
        }

        foreach (var (key, message) in Input.CheckDate())
        {
            ModelState.AddModelError(key, t[message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var meeting = new Meeting { ForumId = Input.ForumId };
        Input.ApplyTo(meeting);
        foreach (var (field, problem) in MeetingRules.Check(meeting, clock.GetUtcNow().UtcDateTime))
        {
            var (key, label) = MeetingForm.Field(field);
            ModelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(PublicCacheTags.Meetings, cancellationToken);
        TempData["Status"] = t["Sammanträdet är skapat."].Value;
        return Redirect($"/admin/meetings/{meeting.Id}");
    }

    private async Task<IReadOnlyList<Forum>> LoadForumsAsync(CancellationToken cancellationToken) =>
        await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
}
