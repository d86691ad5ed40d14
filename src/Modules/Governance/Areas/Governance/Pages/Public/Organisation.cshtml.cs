using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Portal.Core.Caching;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages;

/// <summary>The governance model for citizens. Forum definitions are public by nature (a KS decision).</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Forums)]
internal sealed class OrganisationModel(GovernanceDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    /// <summary>Current members per forum. The page shows only name, role, organisation and party (GDPR:
    /// people in their public role, nothing more).</summary>
    public ILookup<Guid, Membership> Members { get; private set; } = Array.Empty<Membership>().ToLookup(m => m.ForumId);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        Members = await db.CurrentByForumAsync(SwedishTime.Today(clock), cancellationToken);
    }
}
