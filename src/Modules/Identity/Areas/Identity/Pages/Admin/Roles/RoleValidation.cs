using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

internal static class RoleValidation
{
    public static void CheckPermissions(ModelStateDictionary modelState, IEnumerable<string> permissions, PermissionCatalog catalog, IStringLocalizer t)
    {
        foreach (var unknown in permissions.Where(p => !catalog.Exists(p)))
        {
            modelState.AddModelError("Input.Permissions", t["Behörigheten {0} finns inte.", unknown]);
        }
    }
}
