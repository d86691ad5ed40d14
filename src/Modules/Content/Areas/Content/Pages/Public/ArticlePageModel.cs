using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Media.Contracts;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Public;

/// <summary>A live news item or page by slug. An old slug answers 301 to the current address; a draft, an archived
/// or a non-public item answers 404 exactly like an unknown one, so a visitor cannot tell that it exists.</summary>
internal abstract class ArticlePageModel(ContentDbContext db, MarkdownRenderer markdown, IEnumerable<IMeasureDirectory> measures, IEnumerable<IMediaImages> images, ISiteInfo site) : PageModel
{
    protected abstract ContentKind Kind { get; }

    public ArticleView Article { get; private set; } = null!;

    public OpenGraph Graph { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.FindLiveAsync(Kind, slug, cancellationToken) is not { } live)
        {
            return await db.RedirectAsync(Kind, slug, cancellationToken) is { } moved ? RedirectPermanent(moved) : NotFound();
        }

        Article = await ArticleView.LoadAsync(Kind, live.Version, live.Item.FirstPublishedUtc, markdown, measures, images, cancellationToken);
        Graph = new OpenGraph(Kind == ContentKind.Nyhet ? "article" : "website", live.Version.Title, OpenGraph.Origin(HttpContext) + live.Path,
            site.SiteName, live.Version.Lead, OpenGraph.Absolute(HttpContext, live.Version.ImageUrl), live.Version.ImageAlt);
        return Page();
    }
}
