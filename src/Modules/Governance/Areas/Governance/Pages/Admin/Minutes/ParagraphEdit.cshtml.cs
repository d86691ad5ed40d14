using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>One paragraph: edited while it is a draft, declared omedelbart justerad, or (once justerad) read
/// and corrected.</summary>
[RequirePermission(Permissions.Names.ManageMinutes)]
internal sealed class ParagraphEditModel(GovernanceDbContext db, MinutesWork minutes, MeasureDecisions measureLinks, TimeProvider clock, IStringLocalizer<ParagraphEditModel> t)
    : MinutesPage(db, t)
{
    [BindProperty]
    public ParagraphForm Input { get; set; } = new();

    public Paragraph Paragraph { get; private set; } = null!;

    public string? Locked => ParagraphRules.WhyLocked(Paragraph, Protocol!);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid paragraphId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, paragraphId, cancellationToken))
        {
            return NotFound();
        }

        Input = ParagraphForm.Of(Paragraph);
        Input.Measures = [.. await measureLinks.SlugsOfAsync(paragraphId, cancellationToken)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid paragraphId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, paragraphId, cancellationToken))
        {
            return NotFound();
        }

        RefuseHandNumber(Input.Number, Paragraph.Number);
        var (measures, measuresProblem) = await measureLinks.ParseAsync(string.Join(", ", Input.Measures), cancellationToken);
        if (measuresProblem is not null)
        {
            ModelState.AddModelError("Input.Measures", t[measuresProblem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var today = SwedishTime.Today(clock);
        var result = await minutes.UpdateAsync(Protocol!, Paragraph, Input.Version, p =>
        {
            Input.ApplyTo(p, today);
            p.CorrectionReason = null;
        }, cancellationToken);
        if (!Report(result, ParagraphForm.Field))
        {
            return Page();
        }

        await measureLinks.ReplaceAsync(Paragraph.Id, measures, cancellationToken);
        TempData["Status"] = t["§ {0} är sparad.", Paragraph.Number].Value;
        return Redirect(ProtocolPath);
    }

    public async Task<IActionResult> OnPostAdjustNowAsync(Guid id, Guid paragraphId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, paragraphId, cancellationToken))
        {
            return NotFound();
        }

        var version = Input.Version;
        ModelState.Clear();
        Input = ParagraphForm.Of(Paragraph);
        if (!Report(await minutes.AdjustImmediatelyAsync(Protocol!, Paragraph, version, CurrentUser, cancellationToken), ParagraphForm.Field))
        {
            return Page();
        }

        TempData["Status"] = t["§ {0} är omedelbart justerad och visas nu publikt.", Paragraph.Number].Value;
        return Redirect(ProtocolPath);
    }

    private async Task<bool> LoadAsync(Guid id, Guid paragraphId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Paragraphs.FirstOrDefault(p => p.Id == paragraphId) is not { } paragraph)
        {
            return false;
        }

        Paragraph = paragraph;
        return true;
    }
}
