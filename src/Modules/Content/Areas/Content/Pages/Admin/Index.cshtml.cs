using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>Every news item and page, drafts and archived ones too: searched, filtered and sorted in the database,
/// paged, with who saved the latest version and when; several can be published or taken down at once.</summary>
[RequirePermission(Permissions.Names.Manage)]
internal sealed class ContentIndexModel(ContentDbContext db, ContentEditor editor, IStringLocalizer<ContentIndexModel> t) : PageModel
{
    public const string Path = "/admin/innehall";

    private static readonly SortColumns<ContentRow> Sorting = new SortColumns<ContentRow>(new("uppdaterad", Descending: true), q => q.ThenBy(r => r.Item.Id))
        .Add("titel", r => r.Item.Title)
        .Add("typ", r => r.Item.Kind)
        .Add("uppdaterad", r => r.UpdatedUtc)
        .Add("av", r => r.UpdatedBy)
        .Add("publicerad", r => r.Item.PublishedUtc);

    public ListQuery List { get; private set; } = null!;

    public PagedResult<ContentRow> Items { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public static IReadOnlyList<(string Key, string Name)> Kinds { get; } = [("nyhet", "Nyheter"), ("sida", "Sidor")];

    public static IReadOnlyList<(string Key, string Name)> States { get; } =
        [("utkast", "Utkast"), ("planerad", "Planerad publicering"), ("publicerad", "Publicerad"), ("andrad", "Publicerad, med opublicerade ändringar"), ("arkiverad", "Arkiverad")];

    private string Actor => User.Identity?.Name ?? "okänd";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = Filter();
        if (List.IsValid)
        {
            Items = await Sorting.Apply(rows, List.Sort).ToPagedResultAsync(List.Page.Number, List.Page.Size, cancellationToken);
        }

        var page = Page();
        page.StatusCode = List.StatusCode;
        return page;
    }

    /// <summary>Publishes or takes down the chosen items one by one through the same path as the editor's buttons, so each
    /// leaves its own audit row, cache eviction and subscriber mail exactly as a single publication does. Items already
    /// in the wanted state are left alone (publishing twice would audit a publication that changed nothing).</summary>
    public async Task<IActionResult> OnPostBulkAsync([FromForm(Name = "valda")] List<Guid> chosen, [FromForm(Name = "atgard")] string? action,
        [FromForm(Name = "tillbaka")] string? back, CancellationToken cancellationToken)
    {
        if (action is not ("publicera" or "arkivera") || chosen.Count == 0 || chosen.Count > PagingExtensions.DefaultPageSize * 4)
        {
            TempData["Problem"] = t[action is "publicera" or "arkivera" ? "Välj minst en nyhet eller sida i listan." : "Välj vad som ska göras med de valda."].Value;
            return Redirect(Back(back));
        }

        int done = 0, unchanged = 0, conflicts = 0;
        foreach (var id in chosen.Distinct())
        {
            var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (item is null || (action == "publicera" ? item.IsLive && !item.HasUnpublishedChanges : item.ArchivedUtc is not null))
            {
                unchanged++;
                continue;
            }

            var result = action == "publicera"
                ? await editor.PublishAsync(item, null, Actor, cancellationToken)
                : await editor.ArchiveAsync(item, null, Actor, cancellationToken);
            if (result.Succeeded)
            {
                done++;
            }
            else
            {
                conflicts++;
            }
        }

        TempData["Status"] = (action == "publicera" ? t["Publicerade: {0}. Redan publicerade eller saknas: {1}. Ändrade av någon annan under tiden: {2}.", done, unchanged, conflicts]
            : t["Arkiverade: {0}. Redan arkiverade eller saknas: {1}. Ändrade av någon annan under tiden: {2}.", done, unchanged, conflicts]).Value;
        return Redirect(Back(back));
    }

    /// <summary>Back to the list as it was filtered; only a path on this list, never an address from elsewhere.</summary>
    private static string Back(string? back) =>
        back is not null && (back == Path || back.StartsWith(Path + "?", StringComparison.Ordinal)) ? back : Path;

    private IQueryable<ContentRow> Filter()
    {
        List = new ListQuery(Path, Request.Query);
        var text = List.Text("q", t["Sök"]);
        var kind = List.Choice("typ", t["typ"], Kinds.Select(k => k.Key));
        var state = List.Choice("status", t["status"], States.Select(s => s.Key));
        var days = List.DateRange("fran", t["Ändrad från och med"], "till", t["Ändrad till och med"]);
        List.SortBy(Sorting);

        var rows = from i in db.Items.AsNoTracking()
                   join v in db.Versions.AsNoTracking() on i.LatestVersionId equals v.Id
                   select new ContentRow { Item = i, UpdatedUtc = v.SavedUtc, UpdatedBy = v.SavedBy };
        if (text is not null)
        {
            var term = text.ToUpperInvariant();
            rows = rows.Where(r => r.Item.Title.ToUpper().Contains(term) || r.Item.Slug.ToUpper().Contains(term) || r.UpdatedBy.ToUpper().Contains(term));
        }

        if (kind is not null)
        {
            var wanted = kind == "nyhet" ? ContentKind.Nyhet : ContentKind.Sida;
            rows = rows.Where(r => r.Item.Kind == wanted);
        }

        rows = state switch
        {
            "utkast" => rows.Where(r => r.Item.PublishedVersionId == null && r.Item.ArchivedUtc == null),
            "planerad" => rows.Where(r => r.Item.ScheduledPublishUtc != null && r.Item.ArchivedUtc == null),
            "publicerad" => rows.Where(r => r.Item.PublishedVersionId != null && r.Item.ArchivedUtc == null),
            "andrad" => rows.Where(r => r.Item.PublishedVersionId != null && r.Item.PublishedVersionId != r.Item.LatestVersionId && r.Item.ArchivedUtc == null),
            "arkiverad" => rows.Where(r => r.Item.ArchivedUtc != null),
            _ => rows,
        };

        if (days.StartUtc is { } start)
        {
            rows = rows.Where(r => r.UpdatedUtc >= start);
        }

        if (days.EndUtc is { } end)
        {
            rows = rows.Where(r => r.UpdatedUtc < end);
        }

        return rows;
    }
}

/// <summary>An item with its latest version's save: what the list shows as "updated" and "by".</summary>
internal sealed class ContentRow
{
    public required ContentItem Item { get; init; }

    public required DateTime UpdatedUtc { get; init; }

    public required string UpdatedBy { get; init; }
}
