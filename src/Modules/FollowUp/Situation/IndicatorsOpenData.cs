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
        OpenDataColumn<Row>.Of("indicator", "Indikatorns slug", r => r.Indicator),
        OpenDataColumn<Row>.Of("name", "Indikatorns namn", r => r.Name),
        OpenDataColumn<Row>.Of("unit", "Enhet", r => r.Unit),
        OpenDataColumn<Row>.Of("source", "Källa (t.ex. Brå, NTU, Polisens trygghetsmätning, egen data)", r => r.Source),
        OpenDataColumn<Row>.Of("lagesbild", "Lägesbildens slug", r => r.Report),
        OpenDataColumn<Row>.Of("year", "År", r => r.Year),
        OpenDataColumn<Row>.Of("area", "Områdets slug; tomt för hela kommunen", r => r.Area),
        OpenDataColumn<Row>.Of("gender", "kvinnor, man eller tomt för alla", r => r.Gender),
        OpenDataColumn<Row>.Of("ageGroup", "Åldersgrupp (t.ex. 16–24); tomt för alla åldrar", r => r.AgeGroup),
        OpenDataColumn<Row>.Of("value", "Värdet", r => r.Value),
    ];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPagedOpenDataList("lagesbild/indikatorer", "Lägesbildens offentliga indikatorer: värden per år, område, kön och åldersgrupp", Columns,
            new OpenDataDescription(["lägesbild", "brottslighet", "trygghet", "statistik"], "ANNUAL", FactsAsync), MaxPageSize, LoadAsync, FollowUpCacheTags.Situation);

    /// <summary>The values cover whole years; the list is issued and changed as lägesbilder are set.</summary>
    private static async Task<OpenDataFacts> FactsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var db = context.RequestServices.GetRequiredService<FollowUpDbContext>();
        var years = await (from v in db.IndicatorValues.AsNoTracking()
                           join i in db.PublicIndicators() on v.IndicatorId equals i.Id
                           select v.Year).Distinct().ToListAsync(cancellationToken);
        var setOn = await db.SituationReports.AsNoTracking().Where(r => r.SetOn != null).Select(r => r.SetOn).ToListAsync(cancellationToken);
        var (issued, modified) = OpenDataFacts.Span(setOn);
        return years.Count == 0
            ? new(issued, modified, null, null)
            : new(issued, modified, new DateOnly(years.Min(), 1, 1), new DateOnly(years.Max(), 12, 31));
    }

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
