using Microsoft.AspNetCore.Mvc;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Home;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.CitizenPromises.Components;

/// <summary>The start page leads with the current medborgarlöfte and its progress (Order 10: before every other block).</summary>
internal sealed class PromisesHomeSection : IHomePageSection
{
    public string ModuleName => CitizenPromisesModule.ModuleName;

    public string ViewComponentName => nameof(PromisesHomeSection);

    public int Order => 10;

    public IReadOnlyList<string> CacheTags { get; } = [PublicPromises.CacheTag];
}

/// <summary>The latest published follow-ups of promises, right after the promises.</summary>
internal sealed class FollowUpsHomeSection : IHomePageSection
{
    public string ModuleName => CitizenPromisesModule.ModuleName;

    public string ViewComponentName => nameof(FollowUpsHomeSection);

    public int Order => 15;

    public IReadOnlyList<string> CacheTags { get; } = [PublicPromises.CacheTag];
}

/// <remarks>MVC only discovers public view components, while the module's DbContext is internal, so the
/// context is taken from the request's services rather than the constructor.</remarks>
[ViewComponent(Name = nameof(PromisesHomeSection))]
public sealed class PromisesHomeSectionViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<CitizenPromisesDbContext>();
        var today = SwedishTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        var current = new List<PublicSet>();
        foreach (var set in (await db.ListAsync(today, HttpContext.RequestAborted)).Where(s => s.IsCurrent(today)))
        {
            if (await db.FindAsync(set.Slug, HttpContext.RequestAborted) is { } found)
            {
                current.Add(found);
            }
        }

        return View(current);
    }
}

[ViewComponent(Name = nameof(FollowUpsHomeSection))]
public sealed class FollowUpsHomeSectionViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<CitizenPromisesDbContext>();
        return View(await db.LatestFollowUpsAsync(3, HttpContext.RequestAborted));
    }
}
