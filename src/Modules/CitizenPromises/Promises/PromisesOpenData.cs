using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.OpenData;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>/api/v1/medborgarloften (JSON) and .csv: one row per published promise of a published set.</summary>
internal static class PromisesOpenData
{
    internal static readonly IReadOnlyList<OpenDataColumn<Row>> Columns =
    [
        new("id", "Löftets beständiga id", r => r.Promise.Id),
        new("set", "Medborgarlöftets namn", r => r.Set.Title),
        new("setSlug", "Medborgarlöftets adress: /medborgarloften/{setSlug}", r => r.Set.Slug),
        new("area", "Området löftet gäller (kommunen, ett lokalpolisområde eller en stadsdel)", r => r.Set.Area),
        new("periodFrom", "Periodens första dag (ÅÅÅÅ-MM-DD)", r => r.Set.PeriodFrom),
        new("periodTo", "Periodens sista dag (ÅÅÅÅ-MM-DD)", r => r.Set.PeriodTo),
        new("promise", "Löftet i klartext", r => r.Promise.Text),
        new("promisors", "Vem som lovar, flera åtskilda med semikolon", r => string.Join("; ", r.Promise.Promisors)),
        new("status", "Status: Ej påbörjat, Pågår, Genomfört eller Försenat", r => PromiseRules.Describe(r.Promise.Status)),
        new("progress", "Hur långt löftet har kommit, i procent (heltal 0–100)", r => r.Promise.Progress),
        new("successMeasure", "Hur det mäts om löftet lyckas", r => r.Promise.SuccessMeasure),
    ];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapOpenDataList(
            "medborgarloften",
            "Medborgarlöften: varje publicerat löfte med medborgarlöfte, område, period, vem som lovar, status och framsteg",
            Columns,
            async (context, cancellationToken) => await LoadAsync(context.RequestServices.GetRequiredService<CitizenPromisesDbContext>(), cancellationToken),
            PublicPromises.CacheTag);

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
