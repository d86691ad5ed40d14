using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

internal static class RoleValidation
{
    /// <summary>Refuses unknown permissions. An empty checkbox value (a hand-made post) is dropped, not refused.</summary>
    public static void CheckPermissions(ModelStateDictionary modelState, List<string> permissions, PermissionCatalog catalog, IStringLocalizer t)
    {
        permissions.RemoveAll(string.IsNullOrWhiteSpace);
        foreach (var unknown in permissions.Where(p => !catalog.Exists(p)))
        {
            modelState.AddModelError("Input.Permissions", t["Behörigheten {0} finns inte.", unknown]);
        }
    }
}
