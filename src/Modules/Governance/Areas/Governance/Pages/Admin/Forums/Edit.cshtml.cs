using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Portal.Core.Caching;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Time;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

[RequirePermission(Permissions.Names.ManageForums)]
internal sealed class ForumEditModel(GovernanceDbContext db, IPublicCache cache, TimeProvider clock, IStringLocalizer<ForumEditModel> t) : PageModel
{
    [BindProperty]
    public ForumForm Input { get; set; } = new();

    public IReadOnlyList<ForumSeat> Seats { get; private set; } = [];

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (forum is null)
        {
            return NotFound();
        }

        Seats = forum.Seats;
        await LoadWarningsAsync(forum, cancellationToken);
        Input = new ForumForm
        {
            Name = forum.Name,
            Purpose = forum.Purpose,
            Tasks = string.Join('\n', forum.Tasks),
            Chair = forum.Chair,
            Convener = forum.Convener,
            Presenter = forum.Presenter,
            Compiler = forum.Compiler,
            MinMeetingsPerYear = forum.MinMeetingsPerYear,
            MaxMeetingsPerYear = forum.MaxMeetingsPerYear,
            MeetingFrequencyNote = forum.MeetingFrequencyNote,
            Resources = forum.Resources,
            Version = forum.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (forum is null)
        {
            return NotFound();
        }

        Seats = forum.Seats;
        await LoadWarningsAsync(forum, cancellationToken);
        // The form's own checks first: an empty name or purpose is bound as null and cannot be mapped.
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The version the editor saw is what the update must still find, or someone else saved in between.
        db.Entry(forum).Property(f => f.Version).OriginalValue = Input.Version;
        forum.Name = Input.Name.Trim();
        forum.Purpose = Input.Purpose.Trim();
        forum.Tasks = (Input.Tasks ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        forum.Chair = Blank(Input.Chair);
        forum.Convener = Blank(Input.Convener);
        forum.Presenter = Blank(Input.Presenter);
        forum.Compiler = Blank(Input.Compiler);
        forum.MinMeetingsPerYear = Input.MinMeetingsPerYear;
        forum.MaxMeetingsPerYear = Input.MaxMeetingsPerYear;
        forum.MeetingFrequencyNote = Blank(Input.MeetingFrequencyNote);
        forum.Resources = Blank(Input.Resources);
        foreach (var (field, problem) in ForumRules.Check(forum))
        {
            ModelState.AddModelError(FieldKey(field), t["{0} {1}.", Label(field), problem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har sparat forumet under tiden. Ladda om sidan och gör ändringen igen."]);
            return Page();
        }

        // The organisation page and the start page show forums; anonymous visitors see the change at once.
        await cache.EvictAsync(PublicCacheTags.Forums, cancellationToken);
        TempData["Status"] = t["Forumet är sparat."].Value;
        return RedirectToPage(new { id });
    }

    private async Task LoadWarningsAsync(Forum forum, CancellationToken cancellationToken)
    {
        var members = await db.CurrentByForumAsync(SwedishTime.Today(clock), cancellationToken);
        var meetings = await db.MeetingsThisYearAsync(clock, cancellationToken);
        Warnings = ForumWarnings.For(forum, members[forum.Id].ToList(), meetings.GetValueOrDefault(forum.Id));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FieldKey(string field) => field switch
    {
        "meetingsPerYear.min" => "Input.MinMeetingsPerYear",
        "meetingsPerYear.max" => "Input.MaxMeetingsPerYear",
        "tasks" => "Input.Tasks",
        "name" => "Input.Name",
        _ => string.Empty,
    };

    private static string Label(string field) => field switch
    {
        "meetingsPerYear.min" => "Minsta antal möten",
        "meetingsPerYear.max" => "Högsta antal möten",
        "tasks" => "Uppgifter",
        "name" => "Namn",
        _ => field,
    };
}
