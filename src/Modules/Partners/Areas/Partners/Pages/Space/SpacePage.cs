using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Modules.Partners.Spaces;

namespace Trygghet.Modules.Partners.Areas.Partners.Pages;

/// <summary>What every page of a space starts with: the visit (space and role), or 404 for anyone who may not
/// enter, so that outsiders cannot even learn which documents or threads exist.</summary>
internal abstract class SpacePage(SpaceAccess access) : PageModel
{
    public SpaceVisit Visit { get; private set; } = null!;

    public Space Space => Visit.Space;

    protected async Task<bool> EnterAsync(string slug, CancellationToken cancellationToken)
    {
        if (await access.VisitAsync(User, slug, cancellationToken) is not { } visit)
        {
            return false;
        }

        Visit = visit;
        return true;
    }

    /// <summary>The name shown with what the visitor writes.</summary>
    protected string AuthorName => Visit.Member?.DisplayName ?? User.Identity?.Name ?? "okänd";

    protected string? UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
}
