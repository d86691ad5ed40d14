using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Media.Data;
using Trygghet.Modules.Media.Library;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Media;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Media.Areas.Media.Pages.Admin;

/// <summary>The media library: folders, the files in the chosen one (?mapp=id, or those in no folder), upload and
/// new folder, moving a file to another folder and deleting a file no content uses. A refused upload answers with its
/// status (413, 415, 422) and the reason at the file field.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class MediaIndexModel(
    MediaDbContext db, MediaUploads uploads, MediaStore store, IEnumerable<IMediaReferences> references, IAuditTrail audit, IStringLocalizer<MediaIndexModel> t) : PageModel
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

    /// <summary>Moves a file to another folder (or to none); its URLs stay the same, so nothing that shows it breaks.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid assetId, Guid? target, CancellationToken cancellationToken)
    {
        var asset = await db.Assets.SingleOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        // A target that is not a folder id must not read as "no folder".
        if (ModelState.GetFieldValidationState("target") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            || (target is { } folderId && !await db.Folders.AnyAsync(f => f.Id == folderId, cancellationToken)))
        {
            ModelState.AddModelError("target", t["Mapp: den valda mappen finns inte längre."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(1, cancellationToken);
            return Page();
        }

        asset.FolderId = target;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = t["{0} är flyttad.", asset.FileName].Value;
        return Redirect(FolderId is { } id ? $"/admin/media?mapp={id}" : "/admin/media");
    }

    /// <summary>Deletes a file and every stored profile of it, unless some content, in any version, still points at it:
    /// a deleted image would leave a page (or a restorable version) with a broken image.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid assetId, CancellationToken cancellationToken)
    {
        var asset = await db.Assets.SingleOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        var uses = new List<string>();
        foreach (var source in references)
        {
            uses.AddRange(await source.UsesAsync($"/media/{asset.Hash}/", cancellationToken));
        }

        if (uses.Count > 0)
        {
            ModelState.AddModelError(string.Empty, t["{0} används och kan inte tas bort: {1}. Ta först bort den därifrån.", asset.FileName, string.Join("; ", uses)]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(1, cancellationToken);
            return Page();
        }

        db.Assets.Remove(asset);
        await db.SaveChangesAsync(cancellationToken);
        // The row goes first: a file left behind by a failure here is unreachable, a row without files would be a 404.
        await store.DeleteAllAsync(asset, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Publishing, "deleted media file", $"{asset.FileName} ({asset.Hash})"), cancellationToken);
        TempData["Status"] = t["{0} är borttagen.", asset.FileName].Value;
        return Redirect(FolderId is { } id ? $"/admin/media?mapp={id}" : "/admin/media");
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
