using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages.Admin;

/// <summary>Every medborgarlöfte (latest period first) and samverkansöverenskommelse, drafts included.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class PromisesAdminIndexModel(CitizenPromisesDbContext db) : PageModel
{
    public IReadOnlyList<PromiseSet> Sets { get; private set; } = [];

    public IReadOnlyList<Agreement> Agreements { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> PromiseCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sets = await db.Sets.AsNoTracking().OrderByDescending(s => s.PeriodFrom).ThenBy(s => s.Title).ToListAsync(cancellationToken);
        Agreements = await db.Agreements.AsNoTracking().OrderByDescending(a => a.PeriodFrom).ThenBy(a => a.Title).ToListAsync(cancellationToken);
        PromiseCounts = await db.Promises.AsNoTracking().GroupBy(p => p.SetId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
