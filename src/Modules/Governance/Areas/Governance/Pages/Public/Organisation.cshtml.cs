using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages;

/// <summary>The governance model for citizens. Forum definitions are public by nature (a KS decision).</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Forums)]
internal sealed class OrganisationModel(GovernanceDbContext db) : PageModel
{
    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
}
