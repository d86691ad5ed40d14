using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages;

/// <summary>The follow-up report of a period, made to be printed: the summary that closes the set, then every
/// published promise with its progress and all its published follow-ups.</summary>
[AllowAnonymous]
[PublicCache(PublicPromises.CacheTag)]
internal sealed class PromiseReportModel(CitizenPromisesDbContext db, TimeProvider clock) : PageModel
{
    public PublicSet Set { get; private set; } = null!;

    public bool IsArchived { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.FindAsync(slug, cancellationToken) is not { } set)
        {
            return NotFound();
        }

        Set = set;
        IsArchived = set.Set.IsArchived(SwedishTime.Today(clock));
        return Page();
    }
}
