using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Home;

namespace Trygghet.Modules.FollowUp.Components;

/// <summary>The start page's block of kommunala mål.</summary>
internal sealed class GoalsHomeSection : IHomePageSection
{
    public string ModuleName => FollowUpModule.ModuleName;

    public string ViewComponentName => nameof(GoalsHomeSection);

    public int Order => 40;

    public IReadOnlyList<string> CacheTags { get; } = [PublicCacheTags.Goals];
}

/// <remarks>MVC only discovers public view components, while the module's DbContext is internal, so the
/// context is taken from the request's services rather than the constructor.</remarks>
[ViewComponent(Name = nameof(GoalsHomeSection))]
public sealed class GoalsHomeSectionViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<FollowUpDbContext>();
        return View(await db.Goals.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync());
    }
}
