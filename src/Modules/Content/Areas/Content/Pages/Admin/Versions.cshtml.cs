using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>An item's versions, newest first; the diff between two of them (?fran=1&amp;till=3, by default the
/// latest against the one before); and restoring an earlier version as a new draft version.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class VersionsModel(ContentDbContext db, ContentEditor editor, IStringLocalizer<VersionsModel> t) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    public ContentVersion? From { get; private set; }

    public ContentVersion? To { get; private set; }

    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery] int? fran, [FromQuery] int? till, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken))
        {
            return NotFound();
        }

        To = Versions.FirstOrDefault(v => v.Number == (till ?? Item.LatestNumber));
        From = Versions.FirstOrDefault(v => v.Number == (fran ?? (To?.Number ?? 1) - 1));
        if ((fran is not null && From is null) || (till is not null && To is null))
        {
            return NotFound();
        }

        if (From is not null && To is not null)
        {
            Diff = VersionDiff.Between(From, To);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, [FromForm] int number, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.RestoreAsync(Item, version, number, User.Identity?.Name ?? "okänd", cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.IsConflict ? t[ContentEditor.ConflictMessage] : t["Versionen finns inte."]);
            return Page();
        }

        TempData["Status"] = t["Version {0} är återställd som version {1}, ett utkast. Publicera den för att den ska synas.", number, result.Item!.LatestNumber].Value;
        return Redirect($"/admin/innehall/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var item = await (tracked ? db.Items : db.Items.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Versions = await db.Versions.AsNoTracking().Where(v => v.ItemId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        return true;
    }
}
