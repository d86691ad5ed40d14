using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.OpenData;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>/api/v1/medborgarloften (JSON) and .csv: one row per published promise of a published set.</summary>
internal static class PromisesOpenData
{
    internal static readonly IReadOnlyList<OpenDataColumn<Row>> Columns =
    [
        OpenDataColumn<Row>.Of("id", "Löftets beständiga id", r => r.Promise.Id),
        OpenDataColumn<Row>.Of("set", "Medborgarlöftets namn", r => r.Set.Title),
        OpenDataColumn<Row>.Of("setSlug", "Medborgarlöftets adress: /medborgarloften/{setSlug}", r => r.Set.Slug),
        OpenDataColumn<Row>.Of("area", "Området löftet gäller (kommunen, ett lokalpolisområde eller en stadsdel)", r => r.Set.Area),
        OpenDataColumn<Row>.Of("periodFrom", "Periodens första dag (ÅÅÅÅ-MM-DD)", r => r.Set.PeriodFrom),
        OpenDataColumn<Row>.Of("periodTo", "Periodens sista dag (ÅÅÅÅ-MM-DD)", r => r.Set.PeriodTo),
        OpenDataColumn<Row>.Of("promise", "Löftet i klartext", r => r.Promise.Text),
        OpenDataColumn<Row>.Of("promisors", "Vem som lovar, flera åtskilda med semikolon", r => string.Join("; ", r.Promise.Promisors)),
        OpenDataColumn<Row>.Of("status", "Status: Ej påbörjat, Pågår, Genomfört eller Försenat", r => PromiseRules.Describe(r.Promise.Status)),
        OpenDataColumn<Row>.Of("progress", "Hur långt löftet har kommit, i procent (heltal 0–100)", r => r.Promise.Progress),
        OpenDataColumn<Row>.Of("successMeasure", "Hur det mäts om löftet lyckas", r => r.Promise.SuccessMeasure),
    ];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapOpenDataList(
            "medborgarloften",
            "Medborgarlöften: varje publicerat löfte med medborgarlöfte, område, period, vem som lovar, status och framsteg",
            Columns,
            OpenDataDescription.FromRows(["medborgarlöfte", "polisen", "trygghet", "brottsförebyggande arbete"], "IRREG", Load, Facts),
            Load,
            PublicPromises.CacheTag);

    private static async Task<IReadOnlyList<Row>> Load(HttpContext context, CancellationToken cancellationToken) =>
        await LoadAsync(context.RequestServices.GetRequiredService<CitizenPromisesDbContext>(), cancellationToken);

    /// <summary>The promises cover their periods; each is published when its medborgarlöfte is.</summary>
    private static OpenDataFacts Facts(IReadOnlyList<Row> rows)
    {
        var (from, _) = OpenDataFacts.Span(rows.Select(r => (DateOnly?)r.Set.PeriodFrom));
        var (_, to) = OpenDataFacts.Span(rows.Select(r => (DateOnly?)r.Set.PeriodTo));
        var (issued, modified) = OpenDataFacts.Span(rows.Select(r => (r.Promise.PublishedUtc ?? r.Set.PublishedUtc) is { } published ? DateOnly.FromDateTime(published) : (DateOnly?)null));
        return new(issued, modified, from, to);
    }

    internal static async Task<IReadOnlyList<Row>> LoadAsync(CitizenPromisesDbContext db, CancellationToken cancellationToken)
    {
        var sets = await db.PublishedSets().ToDictionaryAsync(s => s.Id, cancellationToken);
        var promises = await db.PublishedPromises().ToListAsync(cancellationToken);
        return promises
            .Select(p => new Row(sets[p.SetId], p))
            .OrderByDescending(r => r.Set.PeriodTo).ThenBy(r => r.Set.Slug, StringComparer.Ordinal).ThenBy(r => r.Promise.SortOrder).ThenBy(r => r.Promise.Id)
            .ToList();
    }

    internal sealed record Row(PromiseSet Set, Promise Promise);
}
