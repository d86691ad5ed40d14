using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages;

/// <summary>Every published medborgarlöfte: those not yet ended first, earlier periods as an archive (never deleted).</summary>
[AllowAnonymous]
[PublicCache(PublicPromises.CacheTag)]
internal sealed class PromisesIndexModel(CitizenPromisesDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PromiseSet> Current { get; private set; } = [];

    public IReadOnlyList<PromiseSet> Archived { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = SwedishTime.Today(clock);
        var sets = await db.ListAsync(Today, cancellationToken);
        Current = sets.Where(s => !s.IsArchived(Today)).ToList();
        Archived = sets.Where(s => s.IsArchived(Today)).ToList();
    }
}
