using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>Edits a client's name, URIs, scopes and organisation; its kind and type are fixed at creation (a
/// change of either is a new client). The form carries the row's concurrency token, so two administrators
/// editing one client get a conflict instead of a silent overwrite.</summary>
[RequirePermission(Permissions.Names.ManageApplications)]
internal sealed class ApplicationEditModel(IOpenIddictApplicationManager applications, IAuditTrail audit, IStringLocalizer<ApplicationEditModel> t) : PageModel
{
    [BindProperty]
    public ApplicationForm Input { get; set; } = new();

    public string? Secret { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Input = ApplicationForm.From(found.Definition, found.Entity.ConcurrencyToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        // What cannot change comes from the stored client, never from the form.
        Input.ClientId = found.Definition.ClientId;
        Input.Kind = found.Definition.Kind;
        Input.Confidential = found.Definition.Confidential;
        var definition = Input.ToDefinition();
        ApplicationForm.Validate(definition, ModelState, t);
        if (Input.ConcurrencyToken != found.Entity.ConcurrencyToken)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har ändrat klienten under tiden. Ladda om sidan och gör ändringen igen."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        definition.ApplyTo(found.Descriptor);
        try
        {
            await applications.UpdateAsync(found.Entity, found.Descriptor, cancellationToken);
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har ändrat klienten under tiden. Ladda om sidan och gör ändringen igen."]);
            return Page();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Permissions, "changed OpenID client", definition.ClientId), cancellationToken);
        TempData["Status"] = t["Klienten är sparad."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSecretAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } found || !found.Definition.Confidential)
        {
            return NotFound();
        }

        Secret = ApplicationForm.NewSecret();
        found.Descriptor.ClientSecret = Secret;
        await applications.UpdateAsync(found.Entity, found.Descriptor, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Permissions, "rotated OpenID client secret", found.Definition.ClientId), cancellationToken);
        Input = ApplicationForm.From(found.Definition, found.Entity.ConcurrencyToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        // OpenIddict removes the client's authorizations and tokens with it.
        await applications.DeleteAsync(found.Entity, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Permissions, "deleted OpenID client", found.Definition.ClientId), cancellationToken);
        TempData["Status"] = t["Klienten {0} är borttagen.", found.Definition.ClientId].Value;
        return Redirect("/admin/applications");
    }

    private async Task<Found?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (await applications.FindByIdAsync(id, cancellationToken) is not OpenIddictEntityFrameworkCoreApplication entity)
        {
            return null;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, entity, cancellationToken);
        return new Found(entity, descriptor, ClientDefinition.From(descriptor));
    }

    private sealed record Found(OpenIddictEntityFrameworkCoreApplication Entity, OpenIddictApplicationDescriptor Descriptor, ClientDefinition Definition);
}
