using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Trygghet.Modules.Notifications.Subscriptions;

namespace Trygghet.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>The removal link: GET shows a button (mail scanners open links), the POST removes everything.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubscriptionRateLimit.Name)]
internal sealed class RemoveConfirmModel(SubscriptionWork work) : PageModel
{
    public bool Valid { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        Valid = await work.FindRemovalAsync(token, cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await work.FindRemovalAsync(token, cancellationToken) is { } removal)
        {
            await work.RemoveEverythingAsync(removal.Email, cancellationToken);
            Done = true;
        }

        return Page();
    }
}
