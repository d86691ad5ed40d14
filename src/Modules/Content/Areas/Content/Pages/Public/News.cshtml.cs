using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Paging;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Public;

/// <summary>/nyheter: published public news, newest first, ten to a page (?sida=2).</summary>
[AllowAnonymous]
[PublicCache(PublicContent.CacheTag, QueryKeys = new[] { PagerModel.Parameter })]
internal sealed class NewsModel(ContentDbContext db) : PageModel
{
    public const int PageSize = 10;

    public PagedResult<PublicItem> News { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = PagerModel.Parameter)] int? sida, CancellationToken cancellationToken)
    {
        News = await db.NewsPageAsync(Math.Clamp(sida ?? 1, 1, 10_000), PageSize, cancellationToken);
        return sida > News.TotalPages ? NotFound() : Page();
    }
}
