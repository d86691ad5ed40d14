using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Trygghet.Modules.Notifications.Subscriptions;

namespace Trygghet.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>The unsubscribe link in every subscription mail. GET shows a button (mail scanners open links); POST to
/// the same URL unsubscribes. That POST is also RFC 8058's one-click unsubscribe, which the mail client sends on its
/// own (body "List-Unsubscribe=One-Click") with no cookie and no antiforgery token, so this one endpoint ignores
/// antiforgery: the token in the URL is its authorization. It is unguessable (the subscription's id encrypted and
/// signed with the portal's keys), names one subscription, and all it can do is end that subscription, so a forged
/// cross-site POST can do nothing its holder could not.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(SubscriptionRateLimit.Name)]
internal sealed class UnsubscribeModel(SubscriptionWork work) : PageModel
{
    public bool Valid { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        Valid = await work.FindByUnsubscribeTokenAsync(token, cancellationToken) is not null;

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await work.FindByUnsubscribeTokenAsync(token, cancellationToken) is { } subscription)
        {
            await work.UnsubscribeAsync(subscription, cancellationToken);
        }

        // Already gone answers the same: the citizen wanted no more mail, and gets none.
        Done = true;
        return Page();
    }
}
