using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>A progress report: a new timeline entry that also sets the measure's status and progress. Only for
/// those who manage the plan or report for the measure's responsible body; two reports on one version conflict.</summary>
[RequirePermission(Permissions.Names.ReportProgress)]
internal sealed class MeasureReportModel(
    FollowUpDbContext db, ReportingScope scope, ProgressReporting reporting, TimeProvider clock, IStringLocalizer<MeasureReportModel> t) : PageModel
{
    [BindProperty]
    public ReportForm Input { get; set; } = new();

    public Measure Measure { get; private set; } = null!;

    public IReadOnlyList<MeasureStatus> Statuses { get; private set; } = [];

    public string StatusName(Guid id) => Statuses.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new ReportForm { Date = SwedishTime.Today(clock), StatusId = Measure.StatusId, Version = Measure.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var status = Statuses.FirstOrDefault(s => s.Id == Input.StatusId);
        if (status is null)
        {
            ModelState.AddModelError("Input.StatusId", t["Välj en status."]);
        }

        if (Input.Date is { } date && date > SwedishTime.Today(clock).AddDays(1))
        {
            ModelState.AddModelError("Input.Date", t["Datum kan inte ligga i framtiden."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var progress = Input.Progress ?? status!.DefaultProgress ?? Measure.Progress;
        db.Entry(Measure).Property(m => m.Version).OriginalValue = Input.Version;
        var report = new ProgressReport(Input.Date!.Value, status!, progress, Input.Text!, ReportingScope.SignInName(User));
        if (!await reporting.SaveAsync(Measure, report, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har rapporterat eller ändrat åtgärden under tiden. Ladda om sidan och gör rapporten igen."]);
            return Page();
        }

        TempData["Status"] = t["Rapporten för {0} är sparad.", Measure.Title].Value;
        return Redirect("/admin/my-measures");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
        {
            return NotFound();
        }

        if (!await scope.MayReportAsync(User, measure, cancellationToken))
        {
            return Forbid();
        }

        Measure = measure;
        Statuses = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        return null;
    }

    internal sealed class ReportForm
    {
        [Required(ErrorMessage = "Ange {0}.")]
        [Display(Name = "Datum")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Status")]
        public Guid StatusId { get; set; }

        [Range(0, 100, ErrorMessage = "{0} måste vara mellan {1} och {2}.")]
        [Display(Name = "Framsteg (procent)")]
        public int? Progress { get; set; }

        [Required(ErrorMessage = "Ange {0}.")]
        [StringLength(4000, ErrorMessage = "{0} får ha högst {1} tecken.")]
        [Display(Name = "Vad har hänt")]
        public string? Text { get; set; }

        public Guid Version { get; set; }
    }
}
