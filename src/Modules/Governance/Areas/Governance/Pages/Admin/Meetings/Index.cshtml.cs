using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance.Areas.Governance.Pages.Admin;

/// <summary>All forums' meetings, latest first, filtered by forum.</summary>
[RequirePermission("Governance.ManageMeetings")]
internal sealed class MeetingsIndexModel(GovernanceDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "forum")]
    public string? ForumSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = PagerModel.Parameter)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Forum> Forums { get; private set; } = [];

    public PagedResult<Meeting> Result { get; private set; } = new([], 1, PagingExtensions.DefaultPageSize, 0);

    public PagerModel Pager => Result.Pager("/admin/meetings", new Dictionary<string, string?> { ["forum"] = ForumSlug });

    public string ForumName(Guid id) => Forums.FirstOrDefault(f => f.Id == id)?.Name ?? string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var meetings = db.Meetings.AsNoTracking();
        if (Forums.FirstOrDefault(f => f.Slug == ForumSlug) is { } forum)
        {
            meetings = meetings.Where(m => m.ForumId == forum.Id);
        }

        Result = await meetings.OrderByDescending(m => m.StartsUtc).ThenBy(m => m.Id)
            .ToPagedResultAsync(PageNumber, cancellationToken: cancellationToken);
    }
}
