using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Meetings;
using Trygghet.Modules.Governance.Minutes;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.OpenData;

namespace Trygghet.Modules.Governance.OpenData;

/// <summary>/api/v1/sammantraden and /api/v1/beslut, as JSON and CSV. Meetings are public by nature (dates,
/// places, status); decisions only once justerade and only when Offentlig, through <see cref="PublicMinutes"/>.</summary>
internal static class GovernanceOpenData
{
    internal sealed record MeetingRow(Meeting Meeting, string ForumSlug, string ForumName, DateOnly? AdjustedOn, string Origin);

    internal sealed record DecisionRow(PublicParagraph Paragraph, Guid MeetingId, DateOnly MeetingDay, string ForumSlug, string ForumName, int Year, string Origin);

    internal static readonly OpenDataColumn<MeetingRow>[] MeetingColumns =
    [
        new("id", "Sammanträdets id (stabilt; samma som UID i kalendern)", r => r.Meeting.Id),
        new("forum", "Forumets kortnamn (slug)", r => r.ForumSlug),
        new("forumNamn", "Forumets namn", r => r.ForumName),
        new("start", "Starttid, svensk tid med UTC-förskjutning (ISO 8601)", r => MeetingTimes.Iso(r.Meeting.StartsUtc)),
        new("slut", "Sluttid, svensk tid med UTC-förskjutning (ISO 8601)", r => MeetingTimes.Iso(r.Meeting.EndsUtc)),
        new("plats", "Plats, tom för digitala möten", r => r.Meeting.Place),
        new("digitalLank", "Länk till digitalt möte, om någon", r => r.Meeting.OnlineLink),
        new("status", "Planerat, Kallat, Genomfört eller Inställt", r => MeetingRules.Describe(r.Meeting.Status)),
        new("kallelsePublicerad", "Om kallelsen med föredragningslistan är publicerad", r => r.Meeting.KallelsePublishedUtc is not null),
        new("protokollJusterat", "Dagen protokollet justerades (ÅÅÅÅ-MM-DD), tom om det inte är justerat", r => r.AdjustedOn),
        new("url", "Sammanträdets sida", r => $"{r.Origin}/sammantraden/{r.Meeting.Id}"),
    ];

    internal static readonly OpenDataColumn<DecisionRow>[] DecisionColumns =
    [
        new("citat", "Hur beslutet citeras: forum, sammanträdesdag och paragraf", r => DecisionCitation.Of(r.ForumName, r.MeetingDay, r.Paragraph.Number)),
        new("forum", "Forumets kortnamn (slug)", r => r.ForumSlug),
        new("forumNamn", "Forumets namn", r => r.ForumName),
        new("sammantrade", "Sammanträdets id", r => r.MeetingId),
        new("sammantradesdag", "Sammanträdets dag (ÅÅÅÅ-MM-DD)", r => r.MeetingDay),
        new("ar", "Året som paragrafen numreras i", r => r.Year),
        new("paragraf", "Paragrafnummer, löpande per forum och år", r => r.Paragraph.Number),
        new("diarienummer", "Diarienummer, om något", r => r.Paragraph.CaseNumber),
        new("rubrik", "Ärendets rubrik", r => r.Paragraph.Title),
        new("beslut", "Beslutet", r => r.Paragraph.Decision),
        new("justerad", "Dagen beslutet justerades (ÅÅÅÅ-MM-DD)", r => r.Paragraph.AdjustedOn),
        new("omedelbartJusterad", "Om paragrafen förklarades omedelbart justerad", r => r.Paragraph.ImmediatelyAdjusted),
        new("rattelseAv", "För en rättelse: paragrafen som rättas", r => r.Paragraph.CorrectsNumber),
        new("url", "Beslutets stabila adress", r => r.Origin + DecisionCitation.PathOf(r.ForumSlug, r.Year, r.Paragraph.Number)),
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenDataList("sammantraden", "Forumens sammanträden: tid, plats, status och om kallelse och protokoll är publicerade",
            MeetingColumns, LoadMeetingsAsync, PublicCacheTags.Meetings, PublicCacheTags.Forums);
        endpoints.MapOpenDataList("beslut", "Justerade, offentliga beslut ur forumens protokoll",
            DecisionColumns, LoadDecisionsAsync, PublicCacheTags.Meetings, PublicCacheTags.Forums);
    }

    private static async Task<IReadOnlyList<MeetingRow>> LoadMeetingsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var db = context.RequestServices.GetRequiredService<GovernanceDbContext>();
        var origin = Origin(context);
        var forums = await db.Forums.AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        var adjusted = await db.Protocols.AsNoTracking().Where(p => p.AdjustedOn != null)
            .ToDictionaryAsync(p => p.MeetingId, p => p.AdjustedOn, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.StartsUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return meetings.Select(m => new MeetingRow(m, forums[m.ForumId].Slug, forums[m.ForumId].Name, adjusted.GetValueOrDefault(m.Id), origin)).ToList();
    }

    private static async Task<IReadOnlyList<DecisionRow>> LoadDecisionsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var origin = Origin(context);
        var decisions = await context.RequestServices.GetRequiredService<GovernanceDbContext>().PublicDecisionsAsync(cancellationToken);
        return decisions.Select(d => new DecisionRow(d.Paragraph, d.MeetingId, d.MeetingDay, d.ForumSlug, d.ForumName, d.Year, origin)).ToList();
    }

    private static string Origin(HttpContext context) =>
        Trygghet.Portal.Core.Site.PublicOrigin.Of(context.RequestServices.GetRequiredService<IConfiguration>(), context);
}
