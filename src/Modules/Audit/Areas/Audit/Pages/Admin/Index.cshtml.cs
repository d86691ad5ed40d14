using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Audit.Data;
using Trygghet.Modules.Audit.Entries;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Audit.Areas.Audit.Pages.Admin;

/// <summary>The audit trail, newest first unless sorted otherwise, filtered; the same filter downloads as CSV. Read
/// only: there is no page, handler or service that changes an entry.</summary>
[RequirePermission(Permissions.Names.View)]
internal sealed class AuditIndexModel(AuditDbContext db, IStringLocalizer<AuditIndexModel> t) : PageModel
{
    public const string Path = "/admin/audit";

    public ListQuery List { get; private set; } = null!;

    public PagedResult<AuditEntry> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public static IReadOnlyList<string> Categories => AuditCategories.All;

    public string CsvUrl => List.Url("handler", "csv");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Filter() is { } filter)
        {
            Result = await filter.Apply(db.Entries.AsNoTracking()).ToPagedResultAsync(List.Page.Number, List.Page.Size, cancellationToken);
        }

        var page = Page();
        page.StatusCode = List.StatusCode;
        return page;
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (Filter() is not { } filter)
        {
            var page = Page();
            page.StatusCode = List.StatusCode;
            return page;
        }

        var rows = await filter.Apply(db.Entries.AsNoTracking()).Take(AuditFilter.MaxCsvRows).ToListAsync(cancellationToken);
        var csv = OpenDataCsv.Write(rows, AuditFilter.Columns);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "granskningslogg.csv");
    }

    /// <summary>The filter, or null with each problem under its field.</summary>
    private AuditFilter? Filter()
    {
        List = new ListQuery(Path, Request.Query);
        var category = List.Choice("kategori", t["en kategori"], AuditCategories.All);
        var actor = List.Text("vem", t["Vem"]);
        var days = List.DateRange("fran", t["Från och med"], "till", t["Till och med"]);
        var text = List.Text("q", t["Fritext"]);
        var sort = List.SortBy(AuditFilter.Sorting);
        return List.IsValid ? new AuditFilter(category, actor, days, text, sort) : null;
    }
}
