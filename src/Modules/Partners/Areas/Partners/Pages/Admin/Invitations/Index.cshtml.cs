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

/// <summary>Every invitation, newest first unless sorted otherwise, searched and filtered by status and organisation in
/// the database, with resend (a new link; the old one dies) and revoke.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class InvitationsIndexModel(PartnersDbContext db, InvitationWork work, TimeProvider clock, IStringLocalizer<InvitationsIndexModel> t) : PageModel
{
    private const string ConflictMessage = "Inbjudan har ändrats under tiden. Se hur den ser ut nu och försök igen.";

    public const string Path = "/admin/inbjudningar";

    private static readonly SortColumns<Invitation> Sorting = new SortColumns<Invitation>(new("skapad", Descending: true), q => q.ThenBy(i => i.Email).ThenBy(i => i.Id))
        .Add("skapad", i => i.CreatedUtc)
        .Add("namn", i => i.Name)
        .Add("galler", i => i.ExpiresUtc)
        .Add("av", i => i.CreatedBy);

    /// <summary>The status filter's values in the URL, in the order the list offers them.</summary>
    public static IReadOnlyList<(string Key, InvitationStatus Status)> Statuses { get; } =
        [("vantar", InvitationStatus.Pending), ("utgangen", InvitationStatus.Expired), ("accepterad", InvitationStatus.Accepted), ("aterkallad", InvitationStatus.Revoked)];

    public ListQuery List { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    public PagedResult<Row> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var page = Page();
        page.StatusCode = List.StatusCode;
        return page;
    }

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
        Organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        List = new ListQuery(Path, Request.Query);
        var text = List.Text("q", t["Sök på namn eller e-post"]);
        var statusKey = List.Choice("status", t["status"], Statuses.Select(s => s.Key));
        var organisation = List.Choice("organisation", t["organisation"], Organisations.Keys.Select(k => k.ToString()));
        var sort = List.SortBy(Sorting);
        if (!List.IsValid)
        {
            return;
        }

        var invitations = db.Invitations.AsNoTracking();
        if (text is not null)
        {
            var term = text.ToUpperInvariant();
            invitations = invitations.Where(i => i.Name.ToUpper().Contains(term) || i.Email.ToUpper().Contains(term));
        }

        if (organisation is not null)
        {
            var id = Guid.Parse(organisation);
            invitations = invitations.Where(i => i.OrganisationId == id);
        }

        // The same rule as Invitation.StatusAt, written for the database.
        invitations = Statuses.FirstOrDefault(s => s.Key == statusKey).Status switch
        {
            _ when statusKey is null => invitations,
            InvitationStatus.Accepted => invitations.Where(i => i.AcceptedUtc != null),
            InvitationStatus.Revoked => invitations.Where(i => i.AcceptedUtc == null && i.RevokedUtc != null),
            InvitationStatus.Expired => invitations.Where(i => i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc <= now),
            _ => invitations.Where(i => i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > now),
        };

        var page = await Sorting.Apply(invitations, sort).ToPagedResultAsync(List.Page.Number, List.Page.Size, cancellationToken);
        var spaces = await db.Spaces.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Result = new PagedResult<Row>(
            page.Items.Select(i => new Row(i, Organisations[i.OrganisationId], spaces[i.SpaceId], i.StatusAt(now))).ToList(),
            page.PageNumber, page.PageSize, page.TotalCount);
    }

    internal sealed record Row(Invitation Invitation, string Organisation, string Space, InvitationStatus Status);
}
