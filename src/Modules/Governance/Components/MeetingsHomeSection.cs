using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Home;

namespace Trygghet.Modules.Governance.Components;

/// <summary>The start page's next meetings of the forums, before the governance model is explained.</summary>
internal sealed class MeetingsHomeSection : IHomePageSection
{
    public const int Count = 3;

    public string ModuleName => GovernanceModule.ModuleName;

    public string ViewComponentName => nameof(MeetingsHomeSection);

    public int Order => 45;

    public IReadOnlyList<string> CacheTags { get; } = [PublicCacheTags.Meetings, PublicCacheTags.Forums];
}

/// <remarks>Public because MVC only discovers public view components; see <see cref="ForumsHomeSectionViewComponent"/>.</remarks>
[ViewComponent(Name = nameof(MeetingsHomeSection))]
public sealed class MeetingsHomeSectionViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<GovernanceDbContext>();
        var now = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.EndsUtc >= now && m.Status != MeetingStatus.Installt)
            .OrderBy(m => m.StartsUtc).ThenBy(m => m.Id).Take(MeetingsHomeSection.Count)
            .ToListAsync(HttpContext.RequestAborted);
        var forums = await db.Forums.AsNoTracking().ToDictionaryAsync(f => f.Id, HttpContext.RequestAborted);
        return View(meetings.Select(m => new UpcomingMeeting(m, forums[m.ForumId])).ToList());
    }
}

internal sealed record UpcomingMeeting(Meeting Meeting, Forum Forum);
