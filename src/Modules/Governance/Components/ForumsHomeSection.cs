using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Home;

namespace Trygghet.Modules.Governance.Components;

/// <summary>The start page's "Så styrs arbetet" block: the forums of the model.</summary>
internal sealed class ForumsHomeSection : IHomePageSection
{
    public string ModuleName => GovernanceModule.ModuleName;

    public string ViewComponentName => nameof(ForumsHomeSection);

    public int Order => 50;

    public IReadOnlyList<string> CacheTags { get; } = [PublicCacheTags.Forums];
}

/// <remarks>MVC only discovers public view components, while the module's DbContext is internal, so the
/// context is taken from the request's services rather than the constructor.</remarks>
[ViewComponent(Name = nameof(ForumsHomeSection))]
public sealed class ForumsHomeSectionViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<GovernanceDbContext>();
        return View(await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync());
    }
}
