using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>Clients are few (a handful of applications and partner systems), so the list is not paged.</summary>
[RequirePermission(Permissions.Names.ManageApplications)]
internal sealed class ApplicationsIndexModel(IOpenIddictApplicationManager applications) : PageModel
{
    public IReadOnlyList<ApplicationRow> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<ApplicationRow>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application, cancellationToken);
            var definition = ClientDefinition.From(descriptor);
            rows.Add(new ApplicationRow((await applications.GetIdAsync(application, cancellationToken))!, definition.ClientId, definition.DisplayName, definition.Kind, definition.Organisation));
        }

        Applications = [.. rows.OrderBy(r => r.DisplayName, StringComparer.CurrentCulture)];
    }

    internal sealed record ApplicationRow(string Id, string ClientId, string DisplayName, ClientKind Kind, string? Organisation);
}
