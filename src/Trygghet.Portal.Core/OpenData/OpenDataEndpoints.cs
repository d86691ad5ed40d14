using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Trygghet.Portal.Core.OpenData;

/// <summary>Maps one open-data list at <c>/api/v1/{name}</c> (JSON) and <c>/api/v1/{name}.csv</c>,
/// both anonymous and publicly cached, both built from the same columns so the formats cannot drift.</summary>
public static class OpenDataEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static void MapOpenDataList<T>(
        this IEndpointRouteBuilder endpoints,
        string name,
        string summary,
        IReadOnlyList<OpenDataColumn<T>> columns,
        Func<HttpContext, CancellationToken, Task<IReadOnlyList<T>>> load,
        params string[] cacheTags)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(load);

        endpoints.MapGet($"/api/v1/{name}", async (HttpContext context, CancellationToken cancellationToken) =>
            {
                var rows = await load(context, cancellationToken);
                var items = rows.Select(row => columns.ToDictionary(c => c.Name, c => c.Value(row)));
                return Results.Json(items, Json);
            })
            .AllowAnonymous()
            .WithMetadata(new OpenDataListMetadata(name, summary, columns.Select(c => (c.Name, c.Description)).ToList()))
            .WithName($"opendata-{name}")
            .WithSummary(summary)
            .WithDescription(Describe(columns))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithMetadata(new Caching.PublicCacheAttribute(cacheTags));

        endpoints.MapGet($"/api/v1/{name}.csv", async (HttpContext context, CancellationToken cancellationToken) =>
            {
                var rows = await load(context, cancellationToken);
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
                return Results.Text(OpenDataCsv.Write(rows, columns), "text/csv; charset=utf-8", Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName($"opendata-{name}-csv")
            .WithSummary(summary + " (CSV)")
            .WithDescription(Describe(columns))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithMetadata(new Caching.PublicCacheAttribute(cacheTags));
    }

    private static string Describe<T>(IReadOnlyList<OpenDataColumn<T>> columns) =>
        "Fält: " + string.Join("; ", columns.Select(c => $"{c.Name}: {c.Description}"));
}

/// <summary>Lets tests and the catalogue find every open-data list and its documented fields.</summary>
public sealed record OpenDataListMetadata(string Name, string Summary, IReadOnlyList<(string Name, string Description)> Fields);
