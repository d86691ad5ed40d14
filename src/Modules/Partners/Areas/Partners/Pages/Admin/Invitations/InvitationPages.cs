using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Invitations;
using Trygghet.Modules.Partners.Organisations;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Site;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

[RequirePermission(Permissions.Names.Manage)]
internal sealed class InvitationCreateModel(PartnersDbContext db, InvitationWork work, InvitationOptions options, IStringLocalizer<InvitationCreateModel> t) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public Guid? SpaceId { get; set; }

    [BindProperty]
    public SpaceRole Role { get; set; } = SpaceRole.Deltagare;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<Space> Spaces { get; private set; } = [];

    public int LifetimeDays => (int)options.Lifetime.TotalDays;

    public InvitationTarget Target => new(Spaces, SpaceId, Role, ModelState);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        var email = HiddenCharacters.Normalize(Email?.Trim() ?? string.Empty);
        if (HiddenCharacters.Contains(email))
        {
            ModelState.AddModelError(nameof(Email), t["E-postadress: får inte innehålla osynliga tecken eller tecken som vänder textriktningen."]);
        }
        else if (email.Length == 0 || email.Length > 256 || !new EmailAddressAttribute().IsValid(email))
        {
            ModelState.AddModelError(nameof(Email), t["E-postadress: ange en giltig e-postadress."]);
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(Name), t["Namn måste anges (högst 200 tecken)."]);
        }

        var organisation = Organisations.SingleOrDefault(o => o.Id == OrganisationId);
        if (organisation is null)
        {
            ModelState.AddModelError(nameof(OrganisationId), t["Organisation: välj en organisation i listan."]);
        }

        var space = Spaces.SingleOrDefault(s => s.Id == SpaceId);
        if (space is null)
        {
            ModelState.AddModelError(nameof(SpaceId), t["Samverkansyta: välj en yta i listan."]);
        }

        if (!Enum.IsDefined(Role))
        {
            ModelState.AddModelError(nameof(Role), t["Roll: välj en roll i listan."]);
        }

        if (ModelState.IsValid && await db.Invitations.AnyAsync(i => i.Email == email && i.SpaceId == SpaceId && i.AcceptedUtc == null && i.RevokedUtc == null, cancellationToken))
        {
            ModelState.AddModelError(nameof(Email), t["E-postadress: {0} har redan en inbjudan till ytan; skicka den igen i listan i stället.", email]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await work.InviteAsync([new InvitationRequest(email, Name!, organisation!)], space!, Role, User.Identity?.Name ?? "okänd", HttpContext.RequestServices.GetRequiredService<IPublicOrigin>().Current, cancellationToken);
        TempData["Status"] = t["Inbjudan är skickad till {0}.", email].Value;
        return Redirect("/admin/inbjudningar");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        Spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }
}

/// <summary>Invites a whole list from a CSV file, all or nothing (<see cref="InvitationCsv"/>).</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class InvitationUploadModel(PartnersDbContext db, InvitationWork work, IStringLocalizer<InvitationUploadModel> t) : PageModel
{
    private const long MaxFileBytes = 512 * 1024;

    [BindProperty]
    public Guid? SpaceId { get; set; }

    [BindProperty]
    public SpaceRole Role { get; set; } = SpaceRole.Deltagare;

    public IFormFile? Upload { get; set; }

    public IReadOnlyList<Space> Spaces { get; private set; } = [];

    public InvitationTarget Target => new(Spaces, SpaceId, Role, ModelState);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        Spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        ModelState.Clear();
        var space = Spaces.SingleOrDefault(s => s.Id == SpaceId);
        if (space is null)
        {
            ModelState.AddModelError(nameof(SpaceId), t["Samverkansyta: välj en yta i listan."]);
        }

        if (!Enum.IsDefined(Role))
        {
            ModelState.AddModelError(nameof(Role), t["Roll: välj en roll i listan."]);
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), t["CSV-fil: välj en fil."]);
        }
        else if (file.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), t["CSV-fil: filen är för stor (högst 512 kB)."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string text;
        using (var reader = new StreamReader(file!.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                ModelState.AddModelError(nameof(Upload), t["CSV-fil: filen är inte sparad som UTF-8. Spara den som \"CSV UTF-8\" och försök igen."]);
                return Page();
            }
        }

        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var result = InvitationCsv.Read(text, organisations);
        var pending = await db.Invitations.AsNoTracking().Where(i => i.SpaceId == SpaceId && i.AcceptedUtc == null && i.RevokedUtc == null).Select(i => i.Email).ToListAsync(cancellationToken);
        var problems = result.Problems.ToList();
        problems.AddRange(result.Requests.Where(r => pending.Contains(r.Email, StringComparer.OrdinalIgnoreCase))
            .Select(r => $"{r.Email} har redan en inbjudan till ytan; skicka den igen i listan i stället."));
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(nameof(Upload), t["CSV-fil: {0}", problem]);
            }

            return Page();
        }

        var invited = await work.InviteAsync(result.Requests, space!, Role, User.Identity?.Name ?? "okänd", HttpContext.RequestServices.GetRequiredService<IPublicOrigin>().Current, cancellationToken);
        TempData["Status"] = t["{0} inbjudningar är skickade.", invited.Count].Value;
        return Redirect("/admin/inbjudningar");
    }
}
