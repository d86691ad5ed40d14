using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>Attendance per member for a period: totals on the page, one row per meeting in the CSV.</summary>
[RequirePermission(Permissions.Names.ExportAttendance)]
internal sealed class AttendanceModel(GovernanceDbContext db, TimeProvider clock, IStringLocalizer<AttendanceModel> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "forum")]
    public Guid? ForumId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    [Display(Name = "Från och med")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    [Display(Name = "Till och med")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    public IReadOnlyList<(string Person, string? Party, int Present, int Serving, int Absent)> Totals { get; private set; } = [];

    public string CsvQuery => $"?handler=csv&forum={ForumId}&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } rows)
        {
            return Page();
        }

        Totals = rows.GroupBy(r => (r.Person, r.Party))
            .Select(g => (g.Key.Person, g.Key.Party,
                g.Count(r => r.Attendance == MinutesText.Status(AttendanceStatus.Narvarande)),
                g.Count(r => r.Attendance == MinutesText.Status(AttendanceStatus.Tjanstgorande)),
                g.Count(r => r.Attendance == MinutesText.Status(AttendanceStatus.Franvarande))))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } rows)
        {
            return Page();
        }

        var csv = OpenDataCsv.Write(rows, AttendanceReport.Columns);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"narvaro-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}.csv");
    }

    /// <summary>The rows for the chosen period, or null (with the problem under its field) when it is not valid.</summary>
    private async Task<IReadOnlyList<AttendanceReport.Row>?> LoadAsync(CancellationToken cancellationToken)
    {
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var today = SwedishTime.Today(clock);
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= new DateOnly(today.Year, 12, 31);
        if (ForumId is { } forum && Forums.All(f => f.Id != forum))
        {
            ModelState.AddModelError("forum", t["Välj ett forum i listan."]);
        }

        if (To < From)
        {
            ModelState.AddModelError("to", t["Till och med kan inte vara före från och med."]);
        }

        return ModelState.IsValid ? await AttendanceReport.LoadAsync(db, ForumId, From.Value, To.Value, cancellationToken) : null;
    }
}
