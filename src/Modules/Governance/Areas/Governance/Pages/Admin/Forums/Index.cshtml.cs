using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Time;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>A municipality has a handful of forums, so the list is not paged.</summary>
[RequirePermission(Permissions.Names.ManageForums)]
internal sealed class ForumsIndexModel(GovernanceDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> Warnings { get; private set; } = new Dictionary<Guid, IReadOnlyList<string>>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var members = await db.CurrentByForumAsync(SwedishTime.Today(clock), cancellationToken);
        var meetings = await db.MeetingsThisYearAsync(clock, cancellationToken);
        Warnings = Forums.ToDictionary(f => f.Id, f => ForumWarnings.For(f, members[f.Id].ToList(), meetings.GetValueOrDefault(f.Id)));
    }
}
