using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Invitations;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

/// <summary>Every invitation, newest first, with resend (a new link; the old one dies) and revoke.</summary>
[RequirePermission("Partners.Manage")]
internal sealed class InvitationsIndexModel(PartnersDbContext db, InvitationWork work, TimeProvider clock, IStringLocalizer<InvitationsIndexModel> t) : PageModel
{
    private const string ConflictMessage = "Inbjudan har ändrats under tiden. Se hur den ser ut nu och försök igen.";

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<Row> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/admin/inbjudningar");

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostResendAsync(Guid id, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(id, invitation => work.ResendAsync(invitation, version, LinkBase, cancellationToken), "En ny länk är skickad till {0}; den gamla gäller inte längre.", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(id, invitation => work.RevokeAsync(invitation, version, cancellationToken), "Inbjudan till {0} är återkallad.", cancellationToken);

    private string LinkBase => HttpContext.RequestServices.GetRequiredService<IPublicOrigin>().Current;

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Invitation, Task<bool>> change, string done, CancellationToken cancellationToken)
    {
        if (await db.Invitations.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } invitation)
        {
            return NotFound();
        }

        try
        {
            if (await change(invitation))
            {
                TempData["Status"] = t[done, invitation.Email].Value;
                return Redirect("/admin/inbjudningar");
            }

            ModelState.AddModelError(string.Empty, t["Inbjudan till {0} är redan {1} och kan inte ändras så.", invitation.Email, InvitationText.Status(invitation.StatusAt(clock.GetUtcNow().UtcDateTime)).ToLowerInvariant()]);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t[ConflictMessage]);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var page = await db.Invitations.AsNoTracking().OrderByDescending(i => i.CreatedUtc).ThenBy(i => i.Email)
            .ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var spaces = await db.Spaces.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Result = new PagedResult<Row>(
            page.Items.Select(i => new Row(i, organisations[i.OrganisationId], spaces[i.SpaceId], i.StatusAt(now))).ToList(),
            page.PageNumber, page.PageSize, page.TotalCount);
    }

    internal sealed record Row(Invitation Invitation, string Organisation, string Space, InvitationStatus Status);
}
