using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Dashboard;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Dashboard;

/// <summary>Governance's part of the start page: for those who run the meetings, what the forums need next
/// (kallelser, protokoll, the model's composition and frequency); for a member, the next meeting of each of
/// their forums with its material. Each part is shown only with the permission or membership that opens it.</summary>
internal sealed class GovernanceDashboard(GovernanceDbContext db, IPermissionChecker permissions, TimeProvider clock, IStringLocalizer<GovernanceDashboard> t) : IDashboardSource
{
    /// <summary>Minutes are normally justerade within 14 days of the meeting (the model's convention).</summary>
    public const int JusteringDays = 14;

    public string ModuleName => GovernanceModule.ModuleName;

    public async Task<IReadOnlyList<DashboardSection>> GetSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var sections = new List<DashboardSection>();
        var forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await permissions.HasAsync(user, Permissions.ManageMeetings.Name))
        {
            var next = await NextMeetingsAsync(forums, now, cancellationToken);
            sections.Add(KallelserToPublish(forums, next));
            sections.Add(await NextMeetingsSectionAsync(forums, next, now, cancellationToken));
        }

        if (await permissions.HasAsync(user, Permissions.ManageMinutes.Name))
        {
            sections.Add(await MinutesMissingAsync(forums, now, cancellationToken));
        }

        if (await permissions.HasAsync(user, Permissions.ManageForums.Name))
        {
            sections.Add(await ForumWarningsAsync(forums, cancellationToken));
        }

        if (await MyForumsAsync(user, forums, now, cancellationToken) is { } mine)
        {
            sections.Add(mine);
        }

        return sections;
    }

    private async Task<IReadOnlyList<Meeting>> NextMeetingsAsync(IReadOnlyList<Forum> forums, DateTime now, CancellationToken cancellationToken)
    {
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.EndsUtc >= now && m.Status != MeetingStatus.Installt)
            .OrderBy(m => m.StartsUtc).ToListAsync(cancellationToken);
        return forums.Select(f => upcoming.FirstOrDefault(m => m.ForumId == f.Id)).OfType<Meeting>().ToList();
    }

    private DashboardSection KallelserToPublish(IReadOnlyList<Forum> forums, IReadOnlyList<Meeting> next)
    {
        var items = next.Where(m => m.KallelsePublishedUtc is null)
            .Select(m => new DashboardItem(
                t["{0}, {1}", Name(forums, m.ForumId), MeetingTimes.Describe(m)],
                $"/admin/meetings/{m.Id}",
                t["Kallelsen är inte publicerad."], Attention: true))
            .ToList();
        return new("kallelser", t["Kallelser att publicera"], 10, items, t["Nästa sammanträde i varje forum har en publicerad kallelse."]);
    }

    private async Task<DashboardSection> NextMeetingsSectionAsync(IReadOnlyList<Forum> forums, IReadOnlyList<Meeting> next, DateTime now, CancellationToken cancellationToken)
    {
        // The latest held meeting of each forum (in the last year), to say beside its next one whether that protokoll is justerat.
        var since = now.AddYears(-1);
        var last = (await db.Meetings.AsNoTracking()
                .Where(m => m.EndsUtc < now && m.StartsUtc >= since && m.Status != MeetingStatus.Installt)
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.ForumId).Select(g => g.MaxBy(m => m.StartsUtc)!).ToList();
        var lastIds = last.Select(m => m.Id).ToList();
        var adjusted = await db.Protocols.AsNoTracking().Where(p => lastIds.Contains(p.MeetingId) && p.AdjustedOn != null).Select(p => p.MeetingId).ToListAsync(cancellationToken);
        var items = next.Select(m =>
        {
            var kallelse = m.KallelsePublishedUtc is null ? t["kallelsen är inte publicerad"] : t["kallelsen är publicerad"];
            var previous = last.FirstOrDefault(p => p.ForumId == m.ForumId);
            var detail = previous is null ? t["{0}.", kallelse]
                : adjusted.Contains(previous.Id) ? t["{0}; förra protokollet är justerat.", kallelse]
                : t["{0}; förra protokollet är inte justerat.", kallelse];
            return new DashboardItem(t["{0}, {1}", Name(forums, m.ForumId), MeetingTimes.Describe(m)], $"/admin/meetings/{m.Id}", Capitalise(detail));
        }).ToList();
        return new("nasta-sammantraden", t["Nästa sammanträden"], 40, items, t["Inga sammanträden är planerade."], new(t["Alla sammanträden"], "/admin/meetings"));
    }

    private async Task<DashboardSection> MinutesMissingAsync(IReadOnlyList<Forum> forums, DateTime now, CancellationToken cancellationToken)
    {
        // Held meetings of the last year: older ones are the archive's business, not today's work.
        var since = now.AddYears(-1);
        var held = await db.Meetings.AsNoTracking()
            .Where(m => m.EndsUtc < now && m.StartsUtc >= since && m.Status != MeetingStatus.Installt)
            .OrderBy(m => m.StartsUtc).ToListAsync(cancellationToken);
        var ids = held.Select(m => m.Id).ToList();
        var protocols = await db.Protocols.AsNoTracking().Where(p => ids.Contains(p.MeetingId))
            .ToDictionaryAsync(p => p.MeetingId, p => p.AdjustedOn != null, cancellationToken);
        var today = SwedishTime.Today(clock);
        var items = new List<DashboardItem>();
        foreach (var meeting in held.Where(m => !protocols.GetValueOrDefault(m.Id)))
        {
            var late = DateOnly.FromDateTime(MeetingTimes.LocalStart(meeting)).AddDays(JusteringDays) < today;
            var detail = protocols.ContainsKey(meeting.Id)
                ? (late ? t["Protokollet är inte justerat, fler än {0} dagar efter mötet.", JusteringDays] : t["Protokollet är inte justerat än."])
                : t["Inget protokoll är upprättat."];
            items.Add(new(t["{0}, {1}", Name(forums, meeting.ForumId), MeetingTimes.Describe(meeting)], $"/admin/meetings/{meeting.Id}/protokoll", detail, Attention: late || !protocols.ContainsKey(meeting.Id)));
        }

        return new("protokoll", t["Hållna sammanträden utan justerat protokoll"], 20, items, t["Alla hållna sammanträden har ett justerat protokoll."]);
    }

    private async Task<DashboardSection> ForumWarningsAsync(IReadOnlyList<Forum> forums, CancellationToken cancellationToken)
    {
        // The same rules as the forum list (ForumWarnings), so the start page and /admin/forums agree.
        var members = await db.CurrentByForumAsync(SwedishTime.Today(clock), cancellationToken);
        var meetings = await db.MeetingsThisYearAsync(clock, cancellationToken);
        var items = forums
            .SelectMany(f => ForumWarnings.For(f, members[f.Id].ToList(), meetings.GetValueOrDefault(f.Id))
                .Select(w => new DashboardItem(f.Name, $"/admin/forums/{f.Id}", t[w], Attention: true)))
            .ToList();
        return new("forumvarningar", t["Forum som avviker från ledningsmodellen"], 30, items, t["Alla forum har sin sammansättning och sina möten enligt modellen."]);
    }

    private async Task<DashboardSection?> MyForumsAsync(ClaimsPrincipal user, IReadOnlyList<Forum> forums, DateTime now, CancellationToken cancellationToken)
    {
        var mine = await db.CurrentForUserAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), SwedishTime.Today(clock), cancellationToken);
        if (mine.Count == 0)
        {
            return null;
        }

        var ids = mine.Keys.ToList();
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.ForumId) && m.EndsUtc >= now && m.Status != MeetingStatus.Installt)
            .OrderBy(m => m.StartsUtc).ToListAsync(cancellationToken);
        var next = forums.Where(f => mine.ContainsKey(f.Id)).Select(f => upcoming.FirstOrDefault(m => m.ForumId == f.Id)).OfType<Meeting>().ToList();
        var nextIds = next.Select(m => m.Id).ToList();
        var files = await db.Attachments.AsNoTracking().Where(a => nextIds.Contains(a.MeetingId))
            .Select(a => new { a.MeetingId, a.AgendaItemId }).ToListAsync(cancellationToken);
        var items = next.Select(m =>
        {
            // Only what this member may read is counted: the same rule as the meeting page of the members' area.
            var readable = m.Items.Where(i => MemberAccess.MayRead(mine[m.ForumId], i.Classification)).Select(i => i.Id).ToHashSet();
            var attachments = files.Count(f => f.MeetingId == m.Id && readable.Contains(f.AgendaItemId));
            var detail = readable.Count == 0 ? t["Ingen föredragningslista än."] : t["Föredragningslista med {0} ärenden och {1} bilagor.", readable.Count, attachments];
            return new DashboardItem(t["{0}, {1}", Name(forums, m.ForumId), MeetingTimes.Describe(m)], $"/admin/mina-forum/sammantraden/{m.Id}", detail);
        }).ToList();
        return new("mina-forum", t["Mina forums nästa sammanträden"], 50, items, t["Dina forum har inga planerade sammanträden."], new(t["Mina forum"], "/admin/mina-forum"));
    }

    private static string Name(IReadOnlyList<Forum> forums, Guid id) => forums.FirstOrDefault(f => f.Id == id)?.Name ?? string.Empty;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
