using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>Adds a paragraph to a draft protokoll, optionally starting from an ärende of the föredragningslista.</summary>
[RequirePermission(Permissions.Names.ManageMinutes)]
internal sealed class ParagraphCreateModel(GovernanceDbContext db, MinutesWork minutes, MeasureDecisions measureLinks, TimeProvider clock, IStringLocalizer<ParagraphCreateModel> t)
    : MinutesPage(db, t)
{
    [BindProperty]
    public ParagraphForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? item, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Protocol is null)
        {
            return NotFound();
        }

        if (Meeting.Items.FirstOrDefault(i => i.Id == item) is { } from)
        {
            Input = new ParagraphForm
            {
                Title = from.Title,
                CaseNumber = from.CaseNumber,
                Body = from.Description,
                Classification = from.Classification,
                OslReference = from.OslReference,
                MarkedOn = from.MarkedOn,
                MarkedBy = from.MarkedBy,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Protocol is null)
        {
            return NotFound();
        }

        RefuseHandNumber(Input.Number, null);
        var (measures, measuresProblem) = await measureLinks.ParseAsync(string.Join(", ", Input.Measures), cancellationToken);
        if (measuresProblem is not null)
        {
            ModelState.AddModelError("Input.Measures", t[measuresProblem]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var paragraph = new Paragraph();
        Input.ApplyTo(paragraph, SwedishTime.Today(clock));
        paragraph.CorrectionReason = null;
        if (!Report(await minutes.AddAsync(Protocol, paragraph, CurrentUser, cancellationToken), ParagraphForm.Field))
        {
            return Page();
        }

        await measureLinks.ReplaceAsync(paragraph.Id, measures, cancellationToken);
        TempData["Status"] = t["§ {0} är tillagd.", paragraph.Number].Value;
        return Redirect(ProtocolPath);
    }
}
