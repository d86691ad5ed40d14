using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Organisations;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

[RequirePermission(Permissions.Names.Manage)]
internal sealed class OrganisationsIndexModel(PartnersDbContext db) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
}
