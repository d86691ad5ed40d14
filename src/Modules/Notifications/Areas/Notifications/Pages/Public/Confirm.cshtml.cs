using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Trygghet.Modules.Notifications.Subscriptions;

namespace Trygghet.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>The confirmation link (double opt-in). GET only shows a button, because mail scanners open links on
/// their own; the citizen's POST confirms.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubscriptionRateLimit.Name)]
internal sealed class ConfirmModel(SubscriptionWork work) : PageModel
{
    public bool Valid { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        Valid = await work.FindPendingAsync(token, cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await work.FindPendingAsync(token, cancellationToken) is { } pending)
        {
            await work.ConfirmAsync(pending, cancellationToken);
            Confirmed = true;
        }

        return Page();
    }
}
