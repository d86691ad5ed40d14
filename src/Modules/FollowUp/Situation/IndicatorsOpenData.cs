using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Paging;

namespace Trygghet.Modules.FollowUp.Situation;

/// <summary>/api/v1/lagesbild/indikatorer(.csv): one row per value of every public indicator of a set lägesbild,
/// paged like the measures (<c>?sida=</c>, <c>?antal=</c> up to 5000, <c>X-Total-Count</c>).</summary>
internal static class IndicatorsOpenData
{
    public const int MaxPageSize = 5000;

    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns =
    [
        new("indicator", "Indikatorns slug", r => r.Indicator),
        new("name", "Indikatorns namn", r => r.Name),
        new("unit", "Enhet", r => r.Unit),
        new("source", "Källa (t.ex. Brå, NTU, Polisens trygghetsmätning, egen data)", r => r.Source),
        new("lagesbild", "Lägesbildens slug", r => r.Report),
        new("year", "År", r => r.Year),
        new("area", "Områdets slug; tomt för hela kommunen", r => r.Area),
        new("gender", "kvinnor, man eller tomt för alla", r => r.Gender),
        new("ageGroup", "Åldersgrupp (t.ex. 16–24); tomt för alla åldrar", r => r.AgeGroup),
        new("value", "Värdet", r => r.Value),
    ];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPagedOpenDataList("lagesbild/indikatorer", "Lägesbildens offentliga indikatorer: värden per år, område, kön och åldersgrupp", Columns,
            MaxPageSize, LoadAsync, FollowUpCacheTags.Situation);

    private static async Task<OpenDataPage<Row>> LoadAsync(HttpContext context, PageRequest page, CancellationToken cancellationToken)
    {
        var db = context.RequestServices.GetRequiredService<FollowUpDbContext>();
        var rows = from v in db.IndicatorValues.AsNoTracking()
                   join i in db.PublicIndicators() on v.IndicatorId equals i.Id
                   join r in db.SituationReports on i.ReportId equals r.Id
                   select new { i.Slug, i.Name, i.Unit, i.Source, Report = r.Slug, v.Year, v.AreaId, v.Gender, v.AgeGroup, v.Value, i.SortOrder };
        var total = await rows.CountAsync(cancellationToken);
        if (page.Skip >= total)
        {
            return new([], total);
        }

        var list = await rows.OrderBy(x => x.Report).ThenBy(x => x.SortOrder).ThenBy(x => x.Slug).ThenBy(x => x.Year).ThenBy(x => x.AreaId).ThenBy(x => x.Gender).ThenBy(x => x.AgeGroup)
            .Skip((int)page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
        return new(list.Select(x => new Row(x.Slug, x.Name, x.Unit, x.Source, x.Report, x.Year, x.AreaId is { } a ? areas[a] : null, x.Gender, x.AgeGroup, x.Value / 1.0000000000000000000000000000m)).ToList(), total);
    }

    /// <remarks>The division drops trailing zeros that PostgreSQL's numeric(18,4) adds (126.0000 → 126).</remarks>
    internal sealed record Row(string Indicator, string Name, string? Unit, string Source, string Report, int Year, string? Area, string? Gender, string? AgeGroup, decimal Value);
}
