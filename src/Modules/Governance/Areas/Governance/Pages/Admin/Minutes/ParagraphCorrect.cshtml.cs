using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>Corrects a justerad paragraph with a new one (its own § number), which names what it corrects and why.</summary>
[RequirePermission(Permissions.Names.ManageMinutes)]
internal sealed class ParagraphCorrectModel(GovernanceDbContext db, MinutesWork minutes, TimeProvider clock, IStringLocalizer<ParagraphCorrectModel> t)
    : MinutesPage(db, t)
{
    [BindProperty]
    public ParagraphForm Input { get; set; } = new();

    public Paragraph Original { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid paragraphId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, paragraphId, cancellationToken))
        {
            return NotFound();
        }

        Input = ParagraphForm.Of(Original);
        Input.Number = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid paragraphId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, paragraphId, cancellationToken))
        {
            return NotFound();
        }

        RefuseHandNumber(Input.Number, null);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var correction = new Paragraph();
        Input.ApplyTo(correction, SwedishTime.Today(clock));
        if (!Report(await minutes.CorrectAsync(Protocol!, Original, correction, CurrentUser, cancellationToken), ParagraphForm.Field))
        {
            return Page();
        }

        TempData["Status"] = t["Rättelsen är införd som § {0}.", correction.Number].Value;
        return Redirect(ProtocolPath);
    }

    private async Task<bool> LoadAsync(Guid id, Guid paragraphId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Paragraphs.FirstOrDefault(p => p.Id == paragraphId) is not { } paragraph)
        {
            return false;
        }

        Original = paragraph;
        return true;
    }
}
