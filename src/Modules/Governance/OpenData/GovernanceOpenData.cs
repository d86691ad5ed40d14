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
        OpenDataColumn<MeetingRow>.Of("id", "Sammanträdets id (stabilt; samma som UID i kalendern)", r => r.Meeting.Id),
        OpenDataColumn<MeetingRow>.Of("forum", "Forumets kortnamn (slug)", r => r.ForumSlug),
        OpenDataColumn<MeetingRow>.Of("forumNamn", "Forumets namn", r => r.ForumName),
        OpenDataColumn<MeetingRow>.Of("start", "Starttid, svensk tid med UTC-förskjutning (ISO 8601)", r => MeetingTimes.Iso(r.Meeting.StartsUtc)),
        OpenDataColumn<MeetingRow>.Of("slut", "Sluttid, svensk tid med UTC-förskjutning (ISO 8601)", r => MeetingTimes.Iso(r.Meeting.EndsUtc)),
        OpenDataColumn<MeetingRow>.Of("plats", "Plats, tom för digitala möten", r => r.Meeting.Place),
        OpenDataColumn<MeetingRow>.Of("digitalLank", "Länk till digitalt möte, om någon", r => r.Meeting.OnlineLink),
        OpenDataColumn<MeetingRow>.Of("status", "Planerat, Kallat, Genomfört eller Inställt", r => MeetingRules.Describe(r.Meeting.Status)),
        OpenDataColumn<MeetingRow>.Of("kallelsePublicerad", "Om kallelsen med föredragningslistan är publicerad", r => r.Meeting.KallelsePublishedUtc != null),
        OpenDataColumn<MeetingRow>.Of("protokollJusterat", "Dagen protokollet justerades (ÅÅÅÅ-MM-DD), tom om det inte är justerat", r => r.AdjustedOn),
        OpenDataColumn<MeetingRow>.Of("url", "Sammanträdets sida", r => $"{r.Origin}/sammantraden/{r.Meeting.Id}"),
    ];

    internal static readonly OpenDataColumn<DecisionRow>[] DecisionColumns =
    [
        OpenDataColumn<DecisionRow>.Of("citat", "Hur beslutet citeras: forum, sammanträdesdag och paragraf", r => DecisionCitation.Of(r.ForumName, r.MeetingDay, r.Paragraph.Number)),
        OpenDataColumn<DecisionRow>.Of("forum", "Forumets kortnamn (slug)", r => r.ForumSlug),
        OpenDataColumn<DecisionRow>.Of("forumNamn", "Forumets namn", r => r.ForumName),
        OpenDataColumn<DecisionRow>.Of("sammantrade", "Sammanträdets id", r => r.MeetingId),
        OpenDataColumn<DecisionRow>.Of("sammantradesdag", "Sammanträdets dag (ÅÅÅÅ-MM-DD)", r => r.MeetingDay),
        OpenDataColumn<DecisionRow>.Of("ar", "Året som paragrafen numreras i", r => r.Year),
        OpenDataColumn<DecisionRow>.Of("paragraf", "Paragrafnummer, löpande per forum och år", r => r.Paragraph.Number),
        OpenDataColumn<DecisionRow>.Of("diarienummer", "Diarienummer, om något", r => r.Paragraph.CaseNumber),
        OpenDataColumn<DecisionRow>.Of("rubrik", "Ärendets rubrik", r => r.Paragraph.Title),
        OpenDataColumn<DecisionRow>.Of("beslut", "Beslutet", r => r.Paragraph.Decision),
        OpenDataColumn<DecisionRow>.Of("justerad", "Dagen beslutet justerades (ÅÅÅÅ-MM-DD)", r => r.Paragraph.AdjustedOn),
        OpenDataColumn<DecisionRow>.Of("omedelbartJusterad", "Om paragrafen förklarades omedelbart justerad", r => r.Paragraph.ImmediatelyAdjusted),
        OpenDataColumn<DecisionRow>.Of("rattelseAv", "För en rättelse: paragrafen som rättas", r => r.Paragraph.CorrectsNumber),
        OpenDataColumn<DecisionRow>.Of("url", "Beslutets stabila adress", r => r.Origin + DecisionCitation.PathOf(r.ForumSlug, r.Year, r.Paragraph.Number)),
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenDataList("sammantraden", "Forumens sammanträden: tid, plats, status och om kallelse och protokoll är publicerade",
            MeetingColumns, OpenDataDescription.FromRows(["sammanträden", "trygghetsrådet", "samverkansråd", "brottsförebyggande arbete"], "IRREG", LoadMeetingsAsync, MeetingFacts),
            LoadMeetingsAsync, PublicCacheTags.Meetings, PublicCacheTags.Forums);
        endpoints.MapOpenDataList("beslut", "Justerade, offentliga beslut ur forumens protokoll",
            DecisionColumns, OpenDataDescription.FromRows(["beslut", "protokoll", "trygghetsrådet", "brottsförebyggande arbete"], "IRREG", LoadDecisionsAsync, DecisionFacts),
            LoadDecisionsAsync, PublicCacheTags.Meetings, PublicCacheTags.Forums);
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

    /// <summary>The meetings cover their first to last day; the list is published and changed as notices are
    /// published and minutes justerade.</summary>
    private static OpenDataFacts MeetingFacts(IReadOnlyList<MeetingRow> rows)
    {
        var (from, _) = OpenDataFacts.Span(rows.Select(r => (DateOnly?)DateOnly.FromDateTime(r.Meeting.StartsUtc)));
        var (_, to) = OpenDataFacts.Span(rows.Select(r => (DateOnly?)DateOnly.FromDateTime(r.Meeting.EndsUtc)));
        var (issued, modified) = OpenDataFacts.Span(rows.SelectMany(r => new[]
        {
            r.Meeting.KallelsePublishedUtc is { } published ? DateOnly.FromDateTime(published) : (DateOnly?)null, r.AdjustedOn,
        }));
        return new(issued, modified, from, to);
    }

    /// <summary>Decisions cover their meeting days; each is published the day it is justerat.</summary>
    private static OpenDataFacts DecisionFacts(IReadOnlyList<DecisionRow> rows)
    {
        var (from, to) = OpenDataFacts.Span(rows.Select(r => (DateOnly?)r.MeetingDay));
        var (issued, modified) = OpenDataFacts.Span(rows.Select(r => r.Paragraph.AdjustedOn));
        return new(issued, modified, from, to);
    }

    private static string Origin(HttpContext context) =>
        Trygghet.Portal.Core.Site.PublicOrigin.Of(context.RequestServices.GetRequiredService<IConfiguration>(), context);
}
