using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Notifications.Subscriptions;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>Removal of everything about an address (GDPR art. 17): the address gets a link, so nobody can remove
/// someone else's subscriptions; the answer is the same whether or not anything is stored.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubscriptionRateLimit.Name)]
internal sealed class RemoveModel(SubscriptionWork work, IStringLocalizer<RemoveModel> t) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Requested { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (HiddenCharacters.Contains(Email))
        {
            ModelState.AddModelError(nameof(Email), t["E-postadress: får inte innehålla osynliga tecken eller tecken som vänder textriktningen."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (EmailAddress.Normalize(Email) is not { } email)
        {
            ModelState.AddModelError(nameof(Email), t["E-postadress: ange en giltig adress, till exempel namn@exempel.se."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await work.RequestRemovalAsync(email, cancellationToken);
        Requested = true;
        return Page();
    }
}
