using System.ComponentModel.DataAnnotations;
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

/// <summary>The audit trail, newest first, filtered; the same filter downloads as CSV. Read only: there is no
/// page, handler or service that changes an entry.</summary>
[RequirePermission("Audit.View")]
internal sealed class AuditIndexModel(AuditDbContext db, IStringLocalizer<AuditIndexModel> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kategori")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "vem")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true, Name = "fran")]
    [Display(Name = "Från och med")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "till")]
    [Display(Name = "Till och med")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<AuditEntry> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public static IReadOnlyList<string> Categories => AuditCategories.All;

    public Dictionary<string, string?> Query => new()
    {
        ["kategori"] = Category,
        ["vem"] = Actor,
        ["fran"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["till"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = Text,
    };

    public PagerModel Pager => Result.Pager("/admin/audit", Query);

    public string CsvUrl => "/admin/audit?" + string.Join("&", Query.Where(q => !string.IsNullOrEmpty(q.Value))
        .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}").Prepend("handler=csv"));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Filter() is { } filter)
        {
            Result = await filter.Apply(db.Entries.AsNoTracking()).ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (Filter() is not { } filter)
        {
            return Page();
        }

        var rows = await filter.Apply(db.Entries.AsNoTracking()).Take(AuditFilter.MaxCsvRows).ToListAsync(cancellationToken);
        var csv = OpenDataCsv.Write(rows, AuditFilter.Columns);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "granskningslogg.csv");
    }

    /// <summary>The filter, or null with the problem under its field.</summary>
    private AuditFilter? Filter()
    {
        if (!string.IsNullOrWhiteSpace(Category) && !AuditCategories.All.Contains(Category))
        {
            ModelState.AddModelError(nameof(Category), t["Välj en kategori i listan."]);
        }

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), t["Till och med kan inte vara före från och med."]);
        }

        return ModelState.IsValid ? new AuditFilter(Category, Actor, From, To, Text) : null;
    }
}
