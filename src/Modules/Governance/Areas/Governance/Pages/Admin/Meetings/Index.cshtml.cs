using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>All forums' meetings, latest first unless sorted otherwise; filtered by forum, status, period and place,
/// in the database.</summary>
[RequirePermission(Permissions.Names.ManageMeetings)]
internal sealed class MeetingsIndexModel(GovernanceDbContext db, IStringLocalizer<MeetingsIndexModel> t) : PageModel
{
    public const string Path = "/admin/meetings";

    public static IReadOnlyList<MeetingStatus> Statuses { get; } = Enum.GetValues<MeetingStatus>();

    public ListQuery List { get; private set; } = null!;

    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    public PagedResult<Meeting> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public string ForumName(Guid id) => Forums.FirstOrDefault(f => f.Id == id)?.Name ?? string.Empty;

    public static string StatusKey(MeetingStatus status) => status.ToString().ToLowerInvariant();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        List = new ListQuery(Path, Request.Query);
        var forumSlug = List.Choice("forum", t["forum"], Forums.Select(f => f.Slug));
        var statusKey = List.Choice("status", t["status"], Statuses.Select(StatusKey));
        var days = List.DateRange("fran", t["Från och med"], "till", t["Till och med"]);
        var text = List.Text("q", t["Sök på plats"]);
        var sorting = new SortColumns<Meeting>(new("tid", Descending: true), q => q.ThenBy(m => m.Id))
            .Add("tid", m => m.StartsUtc)
            .Add("forum", m => db.Forums.Where(f => f.Id == m.ForumId).Select(f => f.Name).FirstOrDefault())
            .Add("status", m => m.Status)
            .Add("kallelse", m => m.KallelsePublishedUtc);
        var sort = List.SortBy(sorting);
        if (List.IsValid)
        {
            var meetings = db.Meetings.AsNoTracking();
            if (Forums.FirstOrDefault(f => f.Slug == forumSlug) is { } forum)
            {
                meetings = meetings.Where(m => m.ForumId == forum.Id);
            }

            if (statusKey is not null)
            {
                var status = Statuses.Single(s => StatusKey(s) == statusKey);
                meetings = meetings.Where(m => m.Status == status);
            }

            if (days.StartUtc is { } start)
            {
                meetings = meetings.Where(m => m.StartsUtc >= start);
            }

            if (days.EndUtc is { } end)
            {
                meetings = meetings.Where(m => m.StartsUtc < end);
            }

            if (text is not null)
            {
                var term = text.ToUpperInvariant();
                meetings = meetings.Where(m => (m.Place != null && m.Place.ToUpper().Contains(term)) || (m.OnlineLink != null && m.OnlineLink.ToUpper().Contains(term)));
            }

            Result = await sorting.Apply(meetings, sort).ToPagedResultAsync(List.Page.Number, List.Page.Size, cancellationToken);
        }

        var page = Page();
        page.StatusCode = List.StatusCode;
        return page;
    }
}
