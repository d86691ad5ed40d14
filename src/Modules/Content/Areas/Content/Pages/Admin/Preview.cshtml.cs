using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Media.Contracts;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>The latest version (or ?version=n) as citizens would see it, before it is published. Never cached
/// publicly (signed-in only) and marked noindex.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class PreviewModel(ContentDbContext db, MarkdownRenderer markdown, IEnumerable<IMeasureDirectory> measures, IEnumerable<IMediaImages> images) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery] int? version, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        var number = version ?? item?.LatestNumber;
        var shown = item is null ? null : await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ItemId == id && v.Number == number, cancellationToken);
        if (item is null || shown is null)
        {
            return NotFound();
        }

        Item = item;
        Article = await ArticleView.LoadAsync(item.Kind, shown, item.FirstPublishedUtc ?? shown.SavedUtc, markdown, measures, images, cancellationToken);
        return Page();
    }
}
