using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>The fields the create and edit pages share.</summary>
internal sealed record UserFieldsView(UserForm Form, IReadOnlyList<string> AllRoles, ModelStateDictionary ModelState, IViewLocalizer T)
{
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
}
