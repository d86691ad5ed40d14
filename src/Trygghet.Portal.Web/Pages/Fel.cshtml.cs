using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Trygghet.Portal.Web.Pages;

/// <summary>Friendly Swedish error pages (re-executed for 4xx/5xx responses of pages). Any HTTP method
/// reaches it, because a failed POST is re-executed as a POST; it is exempt from antiforgery for that reason
/// and changes nothing.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
internal sealed class ErrorModel(IStringLocalizer<ErrorModel> t) : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public string? RequestId { get; private set; }

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        // Shown directly (/fel/404) the page must carry its status too, not 200.
        Response.StatusCode = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? status;
        (Heading, Explanation) = status switch
        {
            404 => (t["Sidan finns inte"].Value, t["Sidan du söker finns inte, eller har flyttats. Kontrollera adressen eller börja om från startsidan."].Value),
            403 => (t["Åtkomst nekad"].Value, t["Du har inte behörighet till den här sidan."].Value),
            400 => (t["Felaktig begäran"].Value, t["Begäran kunde inte hanteras. Ladda om sidan och försök igen."].Value),
            429 => (t["För många försök"].Value, t["Vänta en stund och försök sedan igen."].Value),
            >= 500 => (t["Något gick fel"].Value, t["Ett tekniskt fel uppstod. Felet är loggat. Försök igen om en stund."].Value),
            _ => (t["Sidan kunde inte visas"].Value, t["Försök igen, eller börja om från startsidan."].Value),
        };
        if (status >= 500)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
    }
}
