using Microsoft.AspNetCore.Mvc.ModelBinding;
using Trygghet.Modules.Partners.Spaces;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

/// <summary>The space and role an invitation (or a whole CSV list) is for, for the shared form fields.</summary>
internal sealed record InvitationTarget(IReadOnlyList<Space> Spaces, Guid? SpaceId, SpaceRole Role, ModelStateDictionary ModelState)
{
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
