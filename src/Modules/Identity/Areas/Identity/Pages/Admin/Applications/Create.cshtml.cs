using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>Registers a client. A confidential client's secret is generated here and shown once, on this answer
/// (not through a redirect or TempData, so it never sits in a cookie).</summary>
[RequirePermission(Permissions.Names.ManageApplications)]
internal sealed class ApplicationCreateModel(IOpenIddictApplicationManager applications, IAuditTrail audit, IStringLocalizer<ApplicationCreateModel> t) : PageModel
{
    [BindProperty]
    public ApplicationForm Input { get; set; } = new() { Scopes = ["openid", "profile"] };

    public string? CreatedId { get; private set; }

    public string? Secret { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var definition = Input.ToDefinition();
        ApplicationForm.Validate(definition, ModelState, t);
        if (ModelState.IsValid && await applications.FindByClientIdAsync(definition.ClientId, cancellationToken) is not null)
        {
            ModelState.AddModelError("Input.ClientId", t["Klient-id {0} finns redan.", definition.ClientId]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        definition.ApplyTo(descriptor);
        Secret = definition.Confidential ? ApplicationForm.NewSecret() : null;
        descriptor.ClientSecret = Secret;
        var application = await applications.CreateAsync(descriptor, cancellationToken);
        CreatedId = await applications.GetIdAsync(application, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Permissions, "created OpenID client", definition.ClientId), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
