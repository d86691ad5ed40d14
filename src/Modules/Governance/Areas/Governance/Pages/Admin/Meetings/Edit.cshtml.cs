using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

[RequirePermission(Permissions.Names.ManageMeetings)]
internal sealed class MeetingEditModel(GovernanceDbContext db, TimeProvider clock, MeetingNotices notices, UnitOfWork work, IStringLocalizer<MeetingEditModel> t) : PageModel
{
    internal const string ConflictMessage = "Någon annan har sparat sammanträdet under tiden. Ladda om sidan och gör ändringen igen.";

    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;

    public Forum Forum { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = MeetingForm.Of(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        foreach (var (key, message) in Input.CheckDate())
        {
            ModelState.AddModelError(key, t[message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Meeting).Property(m => m.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Meeting);
        foreach (var (field, problem) in MeetingRules.Check(Meeting, clock.GetUtcNow().UtcDateTime))
        {
            var (key, label) = MeetingForm.Field(field);
            ModelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (db.Entry(Meeting).State == EntityState.Modified)
        {
            Meeting.Sequence++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[ConflictMessage]);
            return Page();
        }

        await work.RaiseAsync(new PublicationEvent(PublicCacheTags.Meetings, PublicationChange.Changed, "ändrade sammanträdet", Describe()), cancellationToken);
        TempData["Status"] = t["Sammanträdet är sparat."].Value;
        return Redirect($"/admin/meetings/{id}");
    }

    /// <summary>Publishes the kallelse: its public agenda items become visible on the citizen site, and a
    /// planned meeting becomes kallat.</summary>
    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var version = Input.Version;
        ModelState.Clear();
        Input = MeetingForm.Of(Meeting);
        if (Meeting.KallelsePublishedUtc is not null)
        {
            return Redirect($"/admin/meetings/{id}");
        }

        db.Entry(Meeting).Property(m => m.Version).OriginalValue = version;
        Meeting.KallelsePublishedUtc = clock.GetUtcNow().UtcDateTime;
        if (Meeting.Status == MeetingStatus.Planerat)
        {
            Meeting.Status = MeetingStatus.Kallat;
        }

        Meeting.Sequence++;
        // The kallelse, its notices (outbox rows) and its audit row are saved together: published means the notices
        // will go out.
        int notified;
        try
        {
            notified = await work.RunAsync(async c =>
            {
                await db.SaveChangesAsync(c);
                var sent = await notices.KallelsePublishedAsync(Meeting, Forum, c);
                await work.RaiseAsync(new PublicationEvent(PublicCacheTags.Meetings, PublicationChange.Published, "publicerade kallelsen", Describe()), c);
                return sent;
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[ConflictMessage]);
            return Page();
        }

        TempData["Status"] = t["Kallelsen är publicerad och skickad till {0} ledamöter.", notified].Value;
        return Redirect($"/admin/meetings/{id}");
    }

    private string Describe() => $"sammanträdet {MeetingTimes.LocalStart(Meeting):yyyy-MM-dd HH:mm} i {Forum.Name} ({Meeting.Id})";

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindWithForumAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        (Meeting, Forum) = found;
        return true;
    }
}
