using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Governance.Dashboard;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;
using Trygghet.Portal.Core.YearWheel;

namespace Trygghet.Modules.Governance.YearWheel;

/// <summary>Each forum's meetings of the year, one row per forum. Citizens see what the public meeting list shows
/// (every meeting's date and status, linked to its public page; agendas stay on that page, where only a published
/// kallelse's Offentlig items are shown). Staff also see whether the kallelse is published and the protokoll
/// justerat, with the same 14-day rule as the start page.</summary>
internal sealed class MeetingsYearWheel(GovernanceDbContext db, IPermissionChecker permissions, TimeProvider clock, IStringLocalizer<MeetingsYearWheel> t) : IYearWheelSource
{
    public string ModuleName => GovernanceModule.ModuleName;

    public async Task<IReadOnlyList<YearWheelEntry>> GetEntriesAsync(int year, ClaimsPrincipal? staff, CancellationToken cancellationToken)
    {
        var from = SwedishTime.FromLocal(new DateTime(year, 1, 1)).UtcDateTime;
        var to = SwedishTime.FromLocal(new DateTime(year + 1, 1, 1)).UtcDateTime;
        var forums = await db.Forums.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.StartsUtc >= from && m.StartsUtc < to)
            .OrderBy(m => m.StartsUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var staffView = staff is null ? null : await StaffViewAsync(staff, meetings, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = SwedishTime.Today(clock);
        return meetings.Select(m =>
        {
            var forum = forums.FindIndex(f => f.Id == m.ForumId);
            var day = DateOnly.FromDateTime(MeetingTimes.LocalStart(m));
            var title = t["Sammanträde {0}", MeetingTimes.LocalStart(m).ToString("HH.mm", System.Globalization.CultureInfo.InvariantCulture)];
            var status = t[MeetingRules.Describe(m.Status)].Value;
            var track = forum < 0 ? string.Empty : forums[forum].Name;
            if (staffView is null)
            {
                return new YearWheelEntry(track, YearWheelTracks.Forums + forum, title, day, day, $"/sammantraden/{m.Id}", status);
            }

            var (detail, late) = StaffDetail(m, status, staffView.Protocols, now, today);
            return new YearWheelEntry(track, YearWheelTracks.Forums + forum, title, day, day, staffView.Url(m, now), detail, late);
        }).ToList();
    }

    private sealed record StaffView(bool ManagesMeetings, bool ManagesMinutes, IReadOnlyDictionary<Guid, bool> Protocols)
    {
        /// <summary>Where the work on the meeting is done when the person may do it; otherwise its public page.</summary>
        public string Url(Meeting meeting, DateTime now) =>
            meeting.EndsUtc < now && ManagesMinutes && meeting.Status != MeetingStatus.Installt && !Protocols.GetValueOrDefault(meeting.Id) ? $"/admin/meetings/{meeting.Id}/protokoll"
            : ManagesMeetings ? $"/admin/meetings/{meeting.Id}"
            : $"/sammantraden/{meeting.Id}";
    }

    private async Task<StaffView> StaffViewAsync(ClaimsPrincipal staff, IReadOnlyList<Meeting> meetings, CancellationToken cancellationToken)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var protocols = await db.Protocols.AsNoTracking().Where(p => ids.Contains(p.MeetingId))
            .ToDictionaryAsync(p => p.MeetingId, p => p.AdjustedOn != null, cancellationToken);
        return new(await permissions.HasAsync(staff, Permissions.ManageMeetings.Name), await permissions.HasAsync(staff, Permissions.ManageMinutes.Name), protocols);
    }

    private (string Detail, bool Late) StaffDetail(Meeting meeting, string status, IReadOnlyDictionary<Guid, bool> protocols, DateTime now, DateOnly today)
    {
        if (meeting.Status == MeetingStatus.Installt)
        {
            return (t["{0}.", status], false);
        }

        if (meeting.EndsUtc >= now)
        {
            return (meeting.KallelsePublishedUtc is null ? t["{0}. Kallelsen är inte publicerad.", status] : t["{0}. Kallelsen är publicerad.", status], false);
        }

        // The start page's rule: a protokoll not justerat 14 days after the meeting is late.
        var late = DateOnly.FromDateTime(MeetingTimes.LocalStart(meeting)).AddDays(GovernanceDashboard.JusteringDays) < today;
        return protocols.TryGetValue(meeting.Id, out var adjusted)
            ? (adjusted ? t["{0}. Protokollet är justerat.", status] : t["{0}. Protokollet är inte justerat.", status], !adjusted && late)
            : (t["{0}. Inget protokoll är upprättat.", status], late);
    }
}
