using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Web.YearWheel;

namespace Trygghet.Portal.Web.Pages.Admin;

/// <summary>The staff årshjul: the whole year with drafts and the state of the work (kallelse, protokoll), each entry
/// linked to where it is worked on when the signed-in person may do that work (each source decides, as on /admin).</summary>
[RequirePermission(CorePermissions.Names.AccessAdmin)]
internal sealed class AdminYearWheelModel(YearWheelQuery query) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")]
    public string? AskedYear { get; set; }

    public YearWheelView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await query.ForPageAsync(AskedYear, User, Response, cancellationToken);
}
