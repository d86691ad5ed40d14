using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Media.Data;
using Trygghet.Modules.Media.Library;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Media.Areas.Media.Pages.Admin;

/// <summary>The media library: folders, the files in the chosen one (?mapp=id, or those in no folder), upload and
/// new folder. A refused upload answers with its status (413, 415, 422) and the reason at the file field.</summary>
[RequirePermission("Media.Manage")]
internal sealed class MediaIndexModel(MediaDbContext db, MediaUploads uploads, IStringLocalizer<MediaIndexModel> t) : PageModel
{
    public IReadOnlyList<MediaFolder> Folders { get; private set; } = [];

    public MediaFolder? Folder { get; private set; }

    public PagedResult<MediaAsset> Assets { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "mapp")]
    public Guid? FolderId { get; set; }

    [BindProperty]
    public string? Alt { get; set; }

    [BindProperty]
    public string? FolderName { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = PagerModel.Parameter)] int? sida, CancellationToken cancellationToken) =>
        await LoadAsync(sida, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(1, cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", t["Välj en fil att ladda upp."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        byte[] data;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, cancellationToken);
            data = buffer.ToArray();
        }

        var result = await uploads.UploadAsync(file.FileName, data, FolderId, Alt, User.Identity?.Name ?? "okänd", cancellationToken);
        if (result.Status is { } status)
        {
            ModelState.AddModelError("file", t["Filen: {0}", t[result.Problem!].Value]);
            Response.StatusCode = status;
            return Page();
        }

        TempData["Status"] = (result.Existing ? t["Filen fanns redan i biblioteket: {0}", result.Asset!.FileName] : t["Uppladdad: {0}", result.Asset!.FileName]).Value;
        return Redirect(FolderId is { } id ? $"/admin/media?mapp={id}" : "/admin/media");
    }

    public async Task<IActionResult> OnPostFolderAsync(CancellationToken cancellationToken)
    {
        var name = FolderName?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 100)
        {
            ModelState.AddModelError(nameof(FolderName), t["Mappens namn: ange 1–100 tecken."]);
        }
        else if (await db.Folders.AnyAsync(f => f.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(FolderName), t["Mappens namn: det finns redan en mapp som heter så."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(1, cancellationToken);
            return Page();
        }

        var folder = new MediaFolder { Name = name };
        db.Folders.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = t["Mappen {0} är skapad.", name].Value;
        return Redirect($"/admin/media?mapp={folder.Id}");
    }

    private async Task<bool> LoadAsync(int? page, CancellationToken cancellationToken)
    {
        Folders = await db.Folders.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
        Folder = FolderId is { } id ? Folders.FirstOrDefault(f => f.Id == id) : null;
        if (FolderId is not null && Folder is null)
        {
            return false;
        }

        Assets = await db.Assets.AsNoTracking().Where(a => a.FolderId == FolderId).OrderByDescending(a => a.CreatedUtc).ThenBy(a => a.Hash)
            .ToPagedResultAsync(page ?? 1, 24, cancellationToken);
        return true;
    }
}
