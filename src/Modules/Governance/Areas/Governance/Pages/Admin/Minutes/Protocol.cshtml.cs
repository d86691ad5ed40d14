using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>A meeting's protokoll: start it, mark attendance, see its paragraphs, record the justering.</summary>
[RequirePermission(Permissions.Names.ManageMinutes)]
internal sealed class ProtocolModel(GovernanceDbContext db, MinutesWork minutes, TimeProvider clock, IStringLocalizer<ProtocolModel> t)
    : MinutesPage(db, t)
{
    /// <summary>Two forms post to this page; each handler binds (and validates) only its own.</summary>
    public AttendanceForm Attendance { get; set; } = new();

    public AdjustForm Adjust { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await minutes.StartAsync(Meeting, cancellationToken);
        TempData["Status"] = t["Protokollet är upprättat. Närvaron är hämtad från forumets ledamöter."].Value;
        return Redirect(ProtocolPath);
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Protocol is null)
        {
            return NotFound();
        }

        await TryUpdateModelAsync(Attendance, nameof(Attendance));
        if (Attendance.Rows.Count != Protocol.Attendance.Count)
        {
            ModelState.AddModelError(string.Empty, t[ConflictMessage]);
        }

        if (!ModelState.IsValid)
        {
            Adjust = new AdjustForm { Version = Protocol.Version };
            return Page();
        }

        var rows = Protocol.Attendance.Select((a, i) => a.Marked(Attendance.Rows[i].Status, Attendance.Rows[i].ServingFor?.Trim())).ToList();
        var result = await minutes.SetAttendanceAsync(Protocol, Attendance.Version, rows, Attendance.Justerare, cancellationToken);
        if (!Report(result, field => field.StartsWith("attendance[", StringComparison.Ordinal)
                ? ($"Attendance.Rows[{field[11..field.IndexOf(']', StringComparison.Ordinal)]}].ServingFor", "Tjänstgör för")
                : (string.Empty, "Närvaron")))
        {
            Adjust = new AdjustForm { Version = Protocol.Version };
            return Page();
        }

        TempData["Status"] = t["Närvaron är sparad."].Value;
        return Redirect(ProtocolPath);
    }

    public async Task<IActionResult> OnPostAdjustAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Protocol is null)
        {
            return NotFound();
        }

        await TryUpdateModelAsync(Adjust, nameof(Adjust));
        Attendance = AttendanceForm.Of(Protocol);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await minutes.AdjustAsync(Protocol, Adjust.Version, Adjust.AdjustedOn!.Value, Adjust.AdjustedBy!, CurrentUser, cancellationToken);
        if (!Report(result, AdjustForm.Field))
        {
            return Page();
        }

        TempData["Status"] = t["Protokollet är justerat och visas nu på den publika webbplatsen."].Value;
        return Redirect(ProtocolPath);
    }

    private void Fill()
    {
        if (Protocol is not null)
        {
            Attendance = AttendanceForm.Of(Protocol);
            Adjust = new AdjustForm { Version = Protocol.Version, AdjustedOn = Trygghet.Portal.Core.Time.SwedishTime.Today(clock) };
        }
    }
}
