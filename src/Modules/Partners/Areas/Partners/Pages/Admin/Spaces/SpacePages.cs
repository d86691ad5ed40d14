using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

[RequirePermission(Permissions.Names.Manage)]
internal sealed class SpacesIndexModel(PartnersDbContext db) : PageModel
{
    public IReadOnlyList<(Space Space, int Members)> Spaces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var counts = await db.Members.AsNoTracking().Where(m => m.EndedUtc == null).GroupBy(m => m.SpaceId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Spaces = spaces.Select(s => (s, counts.GetValueOrDefault(s.Id))).ToList();
    }
}

/// <summary>A space's current members: add an existing account with a role, or end a membership (kept, with
/// its end, so it stays known who could read what). Both are audited.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class SpaceMembersModel(PartnersDbContext db, IPartnerAccounts accounts, IAuditTrail audit, TimeProvider clock, IStringLocalizer<SpaceMembersModel> t) : PageModel
{
    [BindProperty]
    public string? AccountEmail { get; set; }

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public SpaceRole Role { get; set; } = SpaceRole.Deltagare;

    public Space Space { get; private set; } = null!;

    public IReadOnlyList<SpaceMember> Members { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Organisations { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var account = string.IsNullOrWhiteSpace(AccountEmail) ? null : await accounts.FindByEmailAsync(AccountEmail, cancellationToken);
        if (account is null)
        {
            ModelState.AddModelError(nameof(AccountEmail), t["Kontots e-postadress: det finns inget konto med den adressen. Bjud in personen i stället."]);
        }
        else if (Members.Any(m => m.UserId == account.Id))
        {
            ModelState.AddModelError(nameof(AccountEmail), t["Kontots e-postadress: {0} är redan medlem.", account.Email]);
        }

        if (OrganisationId is { } organisation && !Organisations.ContainsKey(organisation))
        {
            ModelState.AddModelError(nameof(OrganisationId), t["Organisation: välj en organisation i listan."]);
        }

        if (!Enum.IsDefined(Role))
        {
            ModelState.AddModelError(nameof(Role), t["Roll: välj en roll i listan."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Members.Add(new SpaceMember
        {
            SpaceId = id,
            UserId = account!.Id,
            DisplayName = account.DisplayName,
            OrganisationId = OrganisationId,
            Role = Role,
            AddedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Membership, $"lade till {account.Email} som {SpaceText.Role(Role)}", $"samverkansytan {Space.Name}"), cancellationToken);
        TempData["Status"] = t["{0} är medlem.", account.DisplayName].Value;
        return Redirect($"/admin/samverkan/{id}");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid memberId, Guid version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.SpaceId == id && m.EndedUtc == null, cancellationToken) is not { } member)
        {
            return NotFound();
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = version;
        member.EndedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Medlemskapet har ändrats under tiden. Försök igen."]);
            return Page();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Membership, $"avslutade medlemskapet för {member.DisplayName}", $"samverkansytan {Space.Name}"), cancellationToken);
        TempData["Status"] = t["Medlemskapet för {0} är avslutat.", member.DisplayName].Value;
        return Redirect($"/admin/samverkan/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } space)
        {
            return false;
        }

        Space = space;
        Members = await db.Members.AsNoTracking().Where(m => m.SpaceId == id && m.EndedUtc == null).OrderBy(m => m.DisplayName).ToListAsync(cancellationToken);
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return true;
    }
}
