using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

[RequirePermission(Permissions.Names.ManageMeetings)]
internal sealed class AgendaItemCreateModel(GovernanceDbContext db, TimeProvider clock, IPublicCache cache, IStringLocalizer<AgendaItemCreateModel> t)
    : AgendaItemPage(db, clock, cache, t)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new AgendaItemForm { Position = Meeting.Items.Count + 1, Version = Meeting.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? await SaveAsync(new AgendaItem(), cancellationToken) : NotFound();
}
