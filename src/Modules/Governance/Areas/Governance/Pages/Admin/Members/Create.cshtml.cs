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

[RequirePermission(Permissions.Names.ManageForums)]
internal sealed class MemberCreateModel(GovernanceDbContext db, IPublicCache cache, IStaffDirectory staff, IAuditTrail audit, TimeProvider clock, IStringLocalizer<MemberCreateModel> t) : PageModel
{
    [BindProperty]
    public MemberForm Input { get; set; } = new();

    public Forum Forum { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } forum)
        {
            return NotFound();
        }

        Forum = forum;
        Input = new MemberForm { From = SwedishTime.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } forum)
        {
            return NotFound();
        }

        Forum = forum;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var membership = new Membership { ForumId = id };
        Input.ApplyTo(membership);
        (membership.UserId, var accountProblem) = await MemberAccounts.ResolveAsync(staff, Input.AccountEmail, cancellationToken);
        if (accountProblem is not null)
        {
            ModelState.AddModelError("Input.AccountEmail", t["{0} {1}.", "Konto för inloggning", accountProblem]);
        }

        foreach (var (field, problem) in MembershipRules.Check(membership))
        {
            var (key, label) = MemberForm.Field(field);
            ModelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Membership, $"lade till uppdrag som {membership.Kind} från {membership.From:yyyy-MM-dd}",
            $"{membership.PersonName} i {forum.Name}"), cancellationToken);
        // /organisation lists the current members.
        await cache.EvictAsync(PublicCacheTags.Forums, cancellationToken);
        TempData["Status"] = t["{0} är tillagd.", membership.PersonName].Value;
        return Redirect($"/admin/forums/{id}/members");
    }
}
