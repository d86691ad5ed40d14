using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Organisations;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

[RequirePermission(Permissions.Names.Manage)]
internal sealed class OrganisationCreateModel(PartnersDbContext db, IStringLocalizer<OrganisationCreateModel> t) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var organisation = new Organisation();
        Input.ApplyTo(organisation);
        if (!await OrganisationChecks.AddProblemsAsync(ModelState, db, organisation, t, cancellationToken))
        {
            return Page();
        }

        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = t["{0} är tillagd.", organisation.Name].Value;
        return Redirect("/admin/partners");
    }
}

/// <summary>Edits an organisation; a second editor holding an older version gets a conflict, not an overwrite.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class OrganisationEditModel(PartnersDbContext db, IStringLocalizer<OrganisationEditModel> t) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Input = OrganisationForm.Of(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        db.Entry(organisation).Property(o => o.Version).OriginalValue = Input.Version;
        Input.ApplyTo(organisation);
        if (!await OrganisationChecks.AddProblemsAsync(ModelState, db, organisation, t, cancellationToken))
        {
            return Page();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har sparat organisationen under tiden. Ladda om sidan och gör ändringen igen."]);
            return Page();
        }

        TempData["Status"] = t["{0} är sparad.", organisation.Name].Value;
        return Redirect("/admin/partners");
    }
}

internal static class OrganisationChecks
{
    /// <returns>True when the organisation may be saved; otherwise the problems are under their fields.</returns>
    public static async Task<bool> AddProblemsAsync(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, PartnersDbContext db, Organisation organisation, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (!modelState.IsValid)
        {
            return false;
        }

        foreach (var (field, problem) in OrganisationRules.Check(organisation))
        {
            var (key, label) = OrganisationForm.Field(field);
            modelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (modelState.IsValid && await db.Organisations.AnyAsync(o => o.Id != organisation.Id && o.Name == organisation.Name, cancellationToken))
        {
            modelState.AddModelError("Input.Name", t["Namn: det finns redan en organisation som heter {0}.", organisation.Name]);
        }

        return modelState.IsValid;
    }
}
