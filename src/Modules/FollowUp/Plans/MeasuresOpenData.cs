using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Paging;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>/api/v1/atgarder (JSON) and /api/v1/atgarder.csv: the public measures of decided plans, paged with
/// <c>?sida=</c> (and <c>?antal=</c>, at most 1000); the total is in <c>X-Total-Count</c>, the next page in <c>Link</c>.</summary>
internal static class MeasuresOpenData
{
    public const int MaxPageSize = 1000;

    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns =
    [
        OpenDataColumn<Row>.Of("id", "Åtgärdens id (stabilt; samma som i CSV-exporten)", r => r.Id),
        OpenDataColumn<Row>.Of("slug", "Läsbar nyckel; sidan är /atgardsplan/{slug}", r => r.Slug),
        OpenDataColumn<Row>.Of("title", "Åtgärdens namn", r => r.Title),
        OpenDataColumn<Row>.Of("description", "Beskrivning", r => r.Description),
        OpenDataColumn<Row>.Of("problem", "Problemet i lägesbilden som åtgärden svarar mot", r => r.Problem),
        OpenDataColumn<Row>.Of("problemSection", "Avsnittet i den fastställda lägesbilden som åtgärden svarar mot (/lagesbild#avsnitt-{slug}), om det är offentligt", r => r.ProblemSection),
        OpenDataColumn<Row>.Of("plan", "Åtgärdsplanens slug", r => r.Plan),
        OpenDataColumn<Row>.Of("status", "Status (t.ex. Pågår)", r => r.Status),
        OpenDataColumn<Row>.Of("progress", "Framsteg 0–100; för en åtgärd med offentliga delåtgärder deras viktade medelvärde", r => r.Progress),
        OpenDataColumn<Row>.Of("responsible", "Ansvarigt organ (nämnd, förvaltning, bolag eller partner)", r => r.Responsible),
        OpenDataColumn<Row>.Of("contributors", "Medverkande", r => r.Contributors),
        OpenDataColumn<Row>.Of("start", "Startdatum (ÅÅÅÅ-MM-DD)", r => r.Start),
        OpenDataColumn<Row>.Of("end", "Slutdatum (ÅÅÅÅ-MM-DD)", r => r.End),
        OpenDataColumn<Row>.Of("parent", "Den överordnade åtgärdens slug, om den är offentlig", r => r.Parent),
        OpenDataColumn<Row>.Of("goals", "Målens slugs, åtskilda med semikolon", r => r.Goals),
        OpenDataColumn<Row>.Of("areas", "Områdenas slugs, åtskilda med semikolon", r => r.Areas),
        OpenDataColumn<Row>.Of("lastReported", "Datum för den senaste lägesrapporten", r => r.LastReported),
    ];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPagedOpenDataList("atgarder", "Åtgärdsplanens offentliga åtgärder med status och framsteg", Columns,
            new OpenDataDescription(["åtgärdsplan", "åtgärder", "brottsförebyggande arbete", "trygghet"], "IRREG", FactsAsync), MaxPageSize,
            LoadAsync, FollowUpCacheTags.Measures);

    /// <summary>The measures cover their start to end dates; the list is issued with the first decided plan and
    /// changes with each decision and progress report.</summary>
    private static async Task<OpenDataFacts> FactsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var db = context.RequestServices.GetRequiredService<FollowUpDbContext>();
        var decided = await db.DecidedPlansAsync(cancellationToken);
        var measures = db.PublicMeasuresOf(decided);
        var from = await measures.MinAsync(m => m.Start, cancellationToken);
        var to = await measures.MaxAsync(m => m.End, cancellationToken);
        var reported = await measures.MaxAsync(m => m.LastReportedOn, cancellationToken);
        var (issued, lastDecided) = OpenDataFacts.Span(decided.Select(p => p.DecidedOn));
        var (_, modified) = OpenDataFacts.Span([lastDecided, reported]);
        return new(issued, modified, from, to);
    }

    private static async Task<OpenDataPage<Row>> LoadAsync(HttpContext context, PageRequest page, CancellationToken cancellationToken)
    {
        var db = context.RequestServices.GetRequiredService<FollowUpDbContext>();
        var decided = await db.DecidedPlansAsync(cancellationToken);
        var measures = db.PublicMeasuresOf(decided);
        // The total from the plans' roll-ups: counting 100,000 rows per request would be most of the request's cost.
        var total = await PlanRollupCache.PublicCountAsync(db, decided, cancellationToken);
        if (page.Skip >= total)
        {
            return new([], total);
        }

        var ids = await PlanQueries.PageIdsAsync(measures, m => m.Slug, total, (int)page.Skip, page.Size, cancellationToken);
        // One page of rows with two short id lists each: a single query, chosen explicitly (EF Core warns otherwise).
        var rows = await db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Slug).AsSingleQuery()
            .Select(m => new
            {
                m.Id, m.Slug, m.Title, m.Description, m.Problem, m.ProblemSectionId, m.PlanId, m.StatusId, m.PublicProgress, m.ResponsibleBodyId,
                m.Contributors, m.Start, m.End, m.ParentId, m.LastReportedOn,
                Goals = m.Goals.Select(g => g.GoalId).ToList(),
                Areas = m.Areas.Select(a => a.AreaId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var plans = decided.ToDictionary(x => x.Id, x => x.Slug);
        var statuses = await db.Statuses.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        var bodies = await db.ResponsibleBodies.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        var goals = await db.Goals.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Slug, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Slug, cancellationToken);
        // Only public sections of set lägesbilder: an internal section's slug must not reach open data either.
        var sections = await db.PublicSections().ToDictionaryAsync(x => x.Id, x => x.Slug, cancellationToken);
        var parentIds = rows.Where(r => r.ParentId != null).Select(r => r.ParentId!.Value).Distinct().ToList();
        var parents = await db.PublicMeasures().Where(m => parentIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Slug, cancellationToken);

        return new(rows.Select(r => new Row(
            r.Id, r.Slug, r.Title, r.Description, r.Problem,
            r.ProblemSectionId is { } sectionId && sections.TryGetValue(sectionId, out var sectionSlug) ? sectionSlug : null, plans[r.PlanId], statuses[r.StatusId], r.PublicProgress,
            r.ResponsibleBodyId is { } b ? bodies[b] : null, r.Contributors, r.Start, r.End,
            r.ParentId is { } parent && parents.TryGetValue(parent, out var ps) ? ps : null,
            string.Join(';', r.Goals.Select(g => goals[g]).Order(StringComparer.Ordinal)),
            string.Join(';', r.Areas.Select(a => areas[a]).Order(StringComparer.Ordinal)),
            r.LastReportedOn)).ToList(), total);
    }

    internal sealed record Row(
        Guid Id, string Slug, string Title, string? Description, string? Problem, string? ProblemSection, string Plan, string Status, int Progress,
        string? Responsible, string? Contributors, DateOnly? Start, DateOnly? End, string? Parent, string Goals, string Areas, DateOnly? LastReported);
}
