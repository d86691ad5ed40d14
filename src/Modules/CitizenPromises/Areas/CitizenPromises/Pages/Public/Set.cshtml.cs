using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages;

/// <summary>One published medborgarlöfte: each published promise with its progress, activities, who promised it,
/// its measures and latest published follow-ups. A draft set answers 404, as an unknown one does.</summary>
[AllowAnonymous]
[PublicCache(PublicPromises.CacheTag, PublicCacheTags.Measures)]
internal sealed class PromiseSetModel(CitizenPromisesDbContext db, MeasureLinks measures, TimeProvider clock) : PageModel
{
    public const int FollowUpsShown = 3;

    public PublicSet Set { get; private set; } = null!;

    public IReadOnlyDictionary<string, MeasureSummary> Measures { get; private set; } = new Dictionary<string, MeasureSummary>();

    public bool IsArchived { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.FindAsync(slug, cancellationToken) is not { } set)
        {
            return NotFound();
        }

        Set = set;
        IsArchived = set.Set.IsArchived(SwedishTime.Today(clock));
        Measures = await measures.FindAsync(set.Promises.SelectMany(p => p.Promise.MeasureSlugs), cancellationToken);
        return Page();
    }
}
