using Microsoft.AspNetCore.Mvc;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Home;

namespace Trygghet.Modules.Content.Components;

/// <summary>The start page's latest news, after the medborgarlöften and their follow-ups.</summary>
internal sealed class NewsHomeSection : IHomePageSection
{
    public const int Count = 3;

    public string ModuleName => ContentModule.ModuleName;

    public string ViewComponentName => nameof(NewsHomeSection);

    public int Order => 20;

    public IReadOnlyList<string> CacheTags { get; } = [PublicContent.CacheTag];
}

/// <remarks>MVC only discovers public view components, while the module's DbContext is internal, so the
/// context is taken from the request's services rather than the constructor.</remarks>
[ViewComponent(Name = nameof(NewsHomeSection))]
public sealed class NewsHomeSectionViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<ContentDbContext>();
        return View((await db.NewsPageAsync(1, NewsHomeSection.Count, HttpContext.RequestAborted)).Items);
    }
}
