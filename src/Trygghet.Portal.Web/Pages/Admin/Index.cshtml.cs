using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Portal.Core.Dashboard;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Web.Pages.Admin;

/// <summary>The start page of the back office: what waits for the signed-in person, as each module that is on
/// sees it for them (<see cref="IDashboardSource"/>). The page itself knows no module.</summary>
[RequirePermission(CorePermissions.Names.AccessAdmin)]
internal sealed class AdminIndexModel(IEnumerable<IDashboardSource> sources, ISiteModules modules, IStaffDirectory staff) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public IReadOnlyList<DashboardSection> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DisplayName = await DisplayNameAsync(cancellationToken);
        var sections = new List<DashboardSection>();
        // One at a time: the sources share the request's scoped DbContexts.
        foreach (var source in sources.Where(s => modules.IsEnabled(s.ModuleName)))
        {
            sections.AddRange(await source.GetSectionsAsync(User, cancellationToken));
        }

        Sections = sections.OrderBy(s => s.Order).ThenBy(s => s.Heading, StringComparer.CurrentCulture).ToList();
    }

    private async Task<string> DisplayNameAsync(CancellationToken cancellationToken)
    {
        var fallback = User.Identity?.Name ?? string.Empty;
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return fallback;
        }

        var account = (await staff.FindByIdsAsync([id], cancellationToken)).FirstOrDefault();
        return string.IsNullOrWhiteSpace(account?.DisplayName) ? fallback : account.DisplayName;
    }
}
