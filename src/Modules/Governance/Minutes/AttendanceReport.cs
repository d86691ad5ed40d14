using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>Attendance per member and period, from the protokoll: what the compensation of elected members is
/// paid on (the seed's decision 3). One row per person and meeting; cancelled meetings have no protokoll.</summary>
internal static class AttendanceReport
{
    internal sealed record Row(string Person, string? Organisation, string? Party, string Forum, DateOnly Day, string Kind, string Attendance, string? ServingFor, DateOnly? AdjustedOn);

    internal static readonly OpenDataColumn<Row>[] Columns =
    [
        new("namn", "Personens namn", r => r.Person),
        new("organisation", "Organisation eller förvaltning", r => r.Organisation),
        new("parti", "Parti, för förtroendevalda", r => r.Party),
        new("forum", "Forum", r => r.Forum),
        new("sammantradesdag", "Sammanträdets dag", r => r.Day),
        new("uppdrag", "Ledamot, ersättare eller adjungerad", r => r.Kind),
        new("narvaro", "Närvarande, frånvarande eller tjänstgörande ersättare", r => r.Attendance),
        new("tjanstgorFor", "Ledamoten som en tjänstgörande ersättare ersatte", r => r.ServingFor),
        new("protokollJusterat", "Dagen protokollet justerades; tom för ett utkast", r => r.AdjustedOn),
    ];

    public static async Task<IReadOnlyList<Row>> LoadAsync(GovernanceDbContext db, Guid? forumId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var fromUtc = SwedishTime.FromLocal(from.ToDateTime(TimeOnly.MinValue)).UtcDateTime;
        var toUtc = SwedishTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).UtcDateTime;
        var forums = await db.Forums.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.StartsUtc >= fromUtc && m.StartsUtc < toUtc && (forumId == null || m.ForumId == forumId))
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var ids = meetings.Keys.ToList();
        var protocols = await db.Protocols.AsNoTracking().Where(p => ids.Contains(p.MeetingId)).ToListAsync(cancellationToken);
        return protocols
            .SelectMany(p => p.Attendance.Select(a => new Row(
                a.PersonName, a.Organisation, a.Party, forums[p.ForumId],
                DateOnly.FromDateTime(MeetingTimes.LocalStart(meetings[p.MeetingId])),
                MinutesText.Kind(a.Kind), MinutesText.Status(a.Status), a.ServingFor, p.AdjustedOn)))
            .OrderBy(r => r.Person, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), ignoreCase: true))
            .ThenBy(r => r.Day)
            .ThenBy(r => r.Forum, StringComparer.Ordinal)
            .ToList();
    }
}
