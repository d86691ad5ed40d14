using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Portal.Web.YearWheel;

namespace Trygghet.Portal.Web.Pages;

/// <summary>The public årshjul: the year of the governance model with only what the modules' public pages show.
/// Not output-cached: it draws on every module's data, and not all of them evict a cache tag when they publish.</summary>
[AllowAnonymous]
internal sealed class YearWheelModel(YearWheelQuery query) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")]
    public string? AskedYear { get; set; }

    public YearWheelView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await query.ForPageAsync(AskedYear, staff: null, Response, cancellationToken);
}
