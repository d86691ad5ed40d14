using System.Security.Claims;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Core.Navigation;

/// <summary>The back-office navigation for one user: entries of modules that are on, which the user may open.</summary>
public sealed class AdminNavigation(IEnumerable<IAdminMenu> menus, ISiteModules modules, IPermissionChecker permissions)
{
    public async Task<IReadOnlyList<IGrouping<string, AdminMenuItem>>> BuildAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var menu in menus.Where(m => modules.IsEnabled(m.ModuleName)))
        {
            foreach (var item in menu.GetItems())
            {
                if (await permissions.HasAsync(user, item.Permission))
                {
                    visible.Add(item);
                }
            }
        }

        return visible
            .OrderBy(i => i.Order)
            .ThenBy(i => i.Text, StringComparer.CurrentCulture)
            .GroupBy(i => i.Section)
            .ToList();
    }
}
