using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>The goals are few (five in Linköping), so the list is not paged.</summary>
[RequirePermission(Permissions.Names.ManageGoals)]
internal sealed class GoalsIndexModel(FollowUpDbContext db) : PageModel
{
    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Goals = await db.Goals.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
}
