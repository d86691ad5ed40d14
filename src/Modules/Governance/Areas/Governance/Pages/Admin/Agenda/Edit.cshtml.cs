using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

[RequirePermission(Permissions.Names.ManageMeetings)]
internal sealed class AgendaItemEditModel(GovernanceDbContext db, TimeProvider clock, IPublicCache cache, IStringLocalizer<AgendaItemEditModel> t)
    : AgendaItemPage(db, clock, cache, t)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var index = Meeting.Items.FindIndex(i => i.Id == itemId);
        if (index < 0)
        {
            return NotFound();
        }

        Input = AgendaItemForm.Of(Meeting.Items[index], index + 1, Meeting.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Meeting.Items.Find(i => i.Id == itemId) is not { } item)
        {
            return NotFound();
        }

        return await SaveAsync(item, cancellationToken);
    }
}
