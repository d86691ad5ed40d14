using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>Every news item and page, drafts and archived ones too, most recently created first.</summary>
[RequirePermission("Content.Manage")]
internal sealed class ContentIndexModel(ContentDbContext db) : PageModel
{
    public PagedResult<ContentItem> Items { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = PagerModel.Parameter)] int? sida, CancellationToken cancellationToken) =>
        Items = await db.Items.AsNoTracking().OrderByDescending(i => i.CreatedUtc).ThenBy(i => i.Slug)
            .ToPagedResultAsync(sida ?? 1, PagingExtensions.DefaultPageSize, cancellationToken);
}
