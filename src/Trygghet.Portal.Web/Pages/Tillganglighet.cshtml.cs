using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Portal.Web.Pages;

/// <summary>The accessibility statement DOS-lagen requires, linked from every page's footer.</summary>
[AllowAnonymous]
[PublicCache]
internal sealed class AccessibilityStatementModel(ISiteInfo site) : PageModel
{
    public string Organisation => string.IsNullOrEmpty(site.Organisation) ? site.SiteName : site.Organisation;

    public string ContactEmail => string.IsNullOrEmpty(site.ContactEmail) ? "tillganglighet@example.se" : site.ContactEmail;

    public string AssessedOn => "2026-11-25";

    public string UpdatedOn => "2026-11-25";

    public void OnGet()
    {
    }
}
