using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages;

/// <summary>The forums' meetings for citizens: upcoming (soonest first) or past (latest first), by forum and year.
/// Dates, places and status are public; agendas show on each meeting's page.</summary>
[AllowAnonymous]
[PublicCache(PublicCacheTags.Meetings, QueryKeys = new[] { "forum", "ar", "tid", PagerModel.Parameter })]
internal sealed class MeetingsModel(GovernanceDbContext db, TimeProvider clock) : PageModel
{
    public const string Past = "tidigare";

    [BindProperty(SupportsGet = true, Name = "forum")]
    public string? ForumSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "ar")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "tid")]
    public string? When { get; set; }

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public bool ShowPast => When == Past;

    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public PagedResult<Meeting> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/sammantraden", new Dictionary<string, string?>
    {
        ["forum"] = ForumSlug,
        ["ar"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["tid"] = ShowPast ? Past : null,
    });

    public string ForumName(Guid id) => Forums.FirstOrDefault(f => f.Id == id)?.Name ?? string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var thisYear = SwedishTime.Today(clock).Year;
        Years = Enumerable.Range(thisYear - 3, 5).Reverse().ToList();
        var meetings = db.Meetings.AsNoTracking();
        if (Forums.FirstOrDefault(f => f.Slug == ForumSlug) is { } forum)
        {
            meetings = meetings.Where(m => m.ForumId == forum.Id);
        }

        if (Year is { } year and >= 2000 and <= 2100)
        {
            var from = SwedishTime.FromLocal(new DateTime(year, 1, 1)).UtcDateTime;
            var to = SwedishTime.FromLocal(new DateTime(year + 1, 1, 1)).UtcDateTime;
            meetings = meetings.Where(m => m.StartsUtc >= from && m.StartsUtc < to);
        }

        meetings = ShowPast
            ? meetings.Where(m => m.EndsUtc < now).OrderByDescending(m => m.StartsUtc).ThenBy(m => m.Id)
            : meetings.Where(m => m.EndsUtc >= now).OrderBy(m => m.StartsUtc).ThenBy(m => m.Id);
        Result = await meetings.ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
    }
}
