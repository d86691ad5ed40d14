using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Notifications.Subscriptions;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>Subscribe with nothing but an e-mail address. The answer is the same whether the address was new,
/// unconfirmed or already confirmed, so the page tells no one who subscribes.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubscriptionRateLimit.Name)]
internal sealed class SubscribeModel(SubscriptionWork work, IStringLocalizer<SubscribeModel> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "amne")]
    public string? Topic { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public SubscriptionTopic? Chosen { get; private set; }

    public IReadOnlyList<SubscriptionTopic> Topics { get; private set; } = [];

    public bool Requested { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Topics = await work.TopicsAsync(cancellationToken);
        if (!string.IsNullOrEmpty(Topic))
        {
            Chosen = await work.FindTopicAsync(Topic, cancellationToken);
            if (Chosen is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Topics = await work.TopicsAsync(cancellationToken);
        Chosen = await work.FindTopicAsync(Topic, cancellationToken);
        ModelState.Clear();
        var email = EmailAddress.Normalize(Email);
        if (HiddenCharacters.Contains(Email))
        {
            ModelState.AddModelError(nameof(Email), t["E-postadress: får inte innehålla osynliga tecken eller tecken som vänder textriktningen."]);
        }
        else if (email is null)
        {
            ModelState.AddModelError(nameof(Email), t["E-postadress: ange en giltig adress, till exempel namn@exempel.se."]);
        }

        if (Chosen is null)
        {
            ModelState.AddModelError(nameof(Topic), t["Ämne: välj något att prenumerera på."]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await work.SubscribeAsync(email!, Chosen!, cancellationToken);
        Requested = true;
        return Page();
    }
}
