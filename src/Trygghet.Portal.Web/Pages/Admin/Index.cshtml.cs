using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Web.Pages.Admin;

[RequirePermission("Portal.AccessAdmin")]
internal sealed class AdminIndexModel : PageModel
{
    public void OnGet()
    {
    }
}
