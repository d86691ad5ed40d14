using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Content.Search;
using Trygghet.Portal.Core.Paging;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Public;

/// <summary>/sok?q=…: search over everything public. Not output-cached: its results depend on every module's data.</summary>
[AllowAnonymous]
internal sealed class SearchModel(SiteSearch search) : PageModel
{
    public const int MaxQuery = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchPage? Results { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = PagerModel.Parameter)] int? sida, CancellationToken cancellationToken)
    {
        var query = Query?.Trim() ?? string.Empty;
        if (query.Length > MaxQuery)
        {
            ModelState.AddModelError("q", $"Sökordet får vara högst {MaxQuery} tecken.");
            return;
        }

        if (query.Length > 0)
        {
            Results = await search.SearchAsync(query, sida ?? 1, cancellationToken);
        }
    }

    public string PageUrl(int page) => $"/sok?q={Uri.EscapeDataString(Query?.Trim() ?? string.Empty)}&{PagerModel.Parameter}={page}";
}
