using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

/// <summary>What the shared fields partial needs: the form, its errors and the localizer.</summary>
internal sealed record ApplicationFieldsView(ApplicationForm Input, ModelStateDictionary ModelState, IViewLocalizer T)
{
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
