using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Modules.Media.Contracts;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>Creates (no id) or edits a news item or page. Every save is a new version; publishing, taking down
/// and scheduling are separate forms on the same page, each guarded by the item's version.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class EditorModel(ContentDbContext db, ContentEditor editor, IEnumerable<IMediaImages> images, IStringLocalizer<EditorModel> t) : PageModel
{
    [BindProperty]
    public ContentForm Input { get; set; } = new();

    [BindProperty]
    public ScheduleForm Schedule { get; set; } = new();

    public ContentItem? Item { get; private set; }

    private string Actor => User.Identity?.Name ?? "okänd";

    public async Task<IActionResult> OnGetAsync(Guid? id, [FromQuery] ContentKind? kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken))
        {
            return NotFound();
        }

        if (Item is null)
        {
            Input.Kind = kind ?? ContentKind.Nyhet;
            return Page();
        }

        var latest = await db.Versions.AsNoTracking().SingleAsync(v => v.Id == Item.LatestVersionId, cancellationToken);
        Input = ContentForm.Of(Item, latest);
        FillSchedule();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken))
        {
            return NotFound();
        }

        KeepOnly(nameof(Input));
        if (Input.Pick)
        {
            // A picker's search: the same form again, everything typed and chosen kept, the lists narrowed; nothing saved.
            ModelState.Clear();
            Input.Pick = false;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await FillAltFromLibraryAsync(cancellationToken);
        var draft = Input.ToDraft();
        var result = await editor.SaveAsync(Item, Item?.Kind ?? Input.Kind, draft, Item is null ? null : Input.Version, Actor, cancellationToken);
        return Outcome(result, t["Sparat som version {0}.", result.Item?.LatestNumber ?? 0]);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken) || Item is null)
        {
            return NotFound();
        }

        var result = await editor.PublishAsync(Item, version, Actor, cancellationToken);
        return Outcome(result, t["Version {0} är publicerad.", Item.LatestNumber]);
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken) || Item is null)
        {
            return NotFound();
        }

        var result = await editor.ArchiveAsync(Item, version, Actor, cancellationToken);
        return Outcome(result, t["Arkiverad: syns inte längre publikt. Versionerna finns kvar."]);
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken) || Item is null)
        {
            return NotFound();
        }

        KeepOnly(nameof(Schedule));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await editor.ScheduleAsync(Item, Schedule.Version, Utc(Schedule.PublishAt), Utc(Schedule.UnpublishAt), cancellationToken);
        return Outcome(result, t["Schemat är sparat."]);
    }

    private IActionResult Outcome(EditResult result, LocalizedString done)
    {
        if (result.IsConflict)
        {
            ModelState.AddModelError(string.Empty, t[ContentEditor.ConflictMessage]);
            return Page();
        }

        foreach (var (field, problem) in result.Problems)
        {
            var (key, label) = ContentForm.Field(field);
            ModelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Status"] = done.Value;
        return Redirect($"/admin/innehall/{result.Item!.Id}");
    }

    /// <summary>An image chosen from the library without its own text gets the library's alternative text: it was
    /// written for the image, and the editor can still write another.</summary>
    private async Task FillAltFromLibraryAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.ImageUrl) || !string.IsNullOrWhiteSpace(Input.ImageAlt))
        {
            return;
        }

        foreach (var library in images)
        {
            if (await library.FindAsync(Input.ImageUrl, cancellationToken) is { Alt: { Length: > 0 } alt })
            {
                Input.ImageAlt = alt;
            }
        }
    }

    private async Task<bool> LoadAsync(Guid? id, bool tracked, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return true;
        }

        Item = await (tracked ? db.Items : db.Items.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return Item is not null;
    }

    private void FillSchedule()
    {
        Schedule = new ScheduleForm
        {
            PublishAt = Item!.ScheduledPublishUtc is { } p ? SwedishTime.ToLocal(new DateTimeOffset(p, TimeSpan.Zero)) : null,
            UnpublishAt = Item.ScheduledUnpublishUtc is { } u ? SwedishTime.ToLocal(new DateTimeOffset(u, TimeSpan.Zero)) : null,
            Version = Item.Version,
        };
    }

    /// <summary>Each form posts only its own fields; the other form's validation must not block it. A form whose
    /// fields were not posted at all is bound under the empty prefix ("Title", not "Input.Title"), so everything
    /// outside the posted form's prefix is dropped, not only the other form's prefix.</summary>
    private void KeepOnly(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => k != prefix && !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private static DateTime? Utc(DateTime? local) =>
        local is { } value ? SwedishTime.FromLocal(DateTime.SpecifyKind(value, DateTimeKind.Unspecified)).UtcDateTime : null;
}
