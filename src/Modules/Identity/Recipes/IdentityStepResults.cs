using Microsoft.AspNetCore.Identity;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Identity.Recipes;

internal static class IdentityStepResults
{
    /// <summary>Turns a refused Identity operation into the recipe error for the item at <paramref name="at"/>.</summary>
    public static void Ensure(this RecipeStepContext context, IdentityResult result, string at)
    {
        if (!result.Succeeded)
        {
            throw context.Fail($"'{at}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
