using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>Edits a membership, or ends it (sets its last day). There is no delete: history is kept.</summary>
[RequirePermission(Permissions.Names.ManageForums)]
internal sealed class MemberEditModel(GovernanceDbContext db, IPublicCache cache, IStaffDirectory staff, IAuditTrail audit, TimeProvider clock, IStringLocalizer<MemberEditModel> t) : PageModel
{
    private const string ConflictMessage = "Någon annan har sparat uppdraget under tiden. Ladda om sidan och gör ändringen igen.";

    [BindProperty]
    public MemberForm Input { get; set; } = new();

    /// <summary>The last day of the membership, for the "end" form.</summary>
    [BindProperty]
    public DateOnly? EndOn { get; set; }

    public Forum Forum { get; private set; } = null!;

    public Membership Membership { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, memberId, tracking: false, cancellationToken))
        {
            return NotFound();
        }

        Input = MemberForm.Of(Membership, await MemberAccounts.EmailOfAsync(staff, Membership.UserId, cancellationToken));
        EndOn = Membership.To ?? SwedishTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, memberId, tracking: true, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Remove(nameof(EndOn));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        (var userId, var accountProblem) = await MemberAccounts.ResolveAsync(staff, Input.AccountEmail, cancellationToken);
        if (accountProblem is not null)
        {
            ModelState.AddModelError("Input.AccountEmail", t["{0} {1}.", "Konto för inloggning", accountProblem]);
            return Page();
        }

        db.Entry(Membership).Property(m => m.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Membership);
        Membership.UserId = userId;
        return await SaveAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, memberId, tracking: true, cancellationToken))
        {
            return NotFound();
        }

        var version = Input.Version;
        // Only the end date and the version come with this form; the rest of Input is shown as saved.
        ModelState.Clear();
        Input = MemberForm.Of(Membership, await MemberAccounts.EmailOfAsync(staff, Membership.UserId, cancellationToken));
        if (EndOn is null)
        {
            ModelState.AddModelError(nameof(EndOn), t["Ange sista dag för uppdraget."]);
            return Page();
        }

        db.Entry(Membership).Property(m => m.Version).OriginalValue = version;
        Membership.To = EndOn;
        return await SaveAsync(id, cancellationToken, endForm: true);
    }

    private async Task<IActionResult> SaveAsync(Guid forumId, CancellationToken cancellationToken, bool endForm = false)
    {
        foreach (var (field, problem) in MembershipRules.Check(Membership))
        {
            var (key, label) = endForm && field == "to" ? (nameof(EndOn), "Sista dag") : MemberForm.Field(field);
            ModelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEvent(AuditCategories.Membership,
                endForm ? $"avslutade uppdraget med sista dag {Membership.To:yyyy-MM-dd}" : $"ändrade uppdraget ({Membership.Kind}, {Membership.From:yyyy-MM-dd}–{Membership.To:yyyy-MM-dd})",
                $"{Membership.PersonName} i {Forum.Name}"), cancellationToken);
            // /organisation lists the current members.
            await cache.EvictAsync(PublicCacheTags.Forums, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t[ConflictMessage]);
            return Page();
        }

        TempData["Status"] = t["Uppdraget för {0} är sparat.", Membership.PersonName].Value;
        return Redirect($"/admin/forums/{forumId}/members");
    }

    private async Task<bool> LoadAsync(Guid forumId, Guid memberId, bool tracking, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == forumId, cancellationToken);
        var memberships = tracking ? db.Memberships : db.Memberships.AsNoTracking();
        var membership = await memberships.SingleOrDefaultAsync(m => m.Id == memberId && m.ForumId == forumId, cancellationToken);
        if (forum is null || membership is null)
        {
            return false;
        }

        Forum = forum;
        Membership = membership;
        return true;
    }
}
