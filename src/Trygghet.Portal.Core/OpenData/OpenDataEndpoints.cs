using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Trygghet.Portal.Core.Paging;

namespace Trygghet.Portal.Core.OpenData;

/// <summary>Maps one open-data list at <c>/api/v1/{name}</c> (JSON) and <c>/api/v1/{name}.csv</c>,
/// both anonymous and publicly cached, both built from the same columns so the formats cannot drift. Every list is
/// paged the same way (<see cref="PageRequest"/>: <c>?sida=</c>, <c>?antal=</c>, <c>X-Total-Count</c>, <c>Link</c>).</summary>
public static class OpenDataEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>A list small enough to load whole (meetings, decisions, promises): paged here, in memory.</summary>
    public static void MapOpenDataList<T>(
        this IEndpointRouteBuilder endpoints,
        string name,
        string summary,
        IReadOnlyList<OpenDataColumn<T>> columns,
        OpenDataDescription description,
        Func<HttpContext, CancellationToken, Task<IReadOnlyList<T>>> load,
        params string[] cacheTags)
    {
        ArgumentNullException.ThrowIfNull(load);
        endpoints.MapPagedOpenDataList(name, summary, columns, description, PageRequest.DefaultMaxSize, async (context, page, cancellationToken) =>
        {
            var rows = await load(context, cancellationToken);
            IReadOnlyList<T> items = page.Skip >= rows.Count ? [] : rows.Skip((int)page.Skip).Take(page.Size).ToList();
            return new OpenDataPage<T>(items, rows.Count);
        }, cacheTags);
    }

    /// <summary>A list that reads one page from the database; <paramref name="load"/> gets a validated page.</summary>
    public static void MapPagedOpenDataList<T>(
        this IEndpointRouteBuilder endpoints,
        string name,
        string summary,
        IReadOnlyList<OpenDataColumn<T>> columns,
        OpenDataDescription description,
        int maxPageSize,
        Func<HttpContext, PageRequest, CancellationToken, Task<OpenDataPage<T>>> paged,
        params string[] cacheTags)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(paged);
        var metadata = new OpenDataListMetadata(name, summary, columns.Select(c => new OpenDataField(c.Name, c.Description, c.ValueType, c.MayBeNull)).ToList(), description)
        {
            // The API page's example: the list's real first row, written by the same code as the responses.
            Preview = async (context, cancellationToken) =>
            {
                var first = await paged(context, new PageRequest(1, 1), cancellationToken);
                return new OpenDataPreview(JsonSerializer.Serialize(Rows(first.Items, columns), new JsonSerializerOptions(Json) { WriteIndented = true }), OpenDataCsv.Write(first.Items, columns), first.Total);
            },
        };

        async Task<IReadOnlyList<T>> load(HttpContext context, CancellationToken cancellationToken)
        {
            // PagingValidation (before the endpoint) has answered 400 to anything but whole numbers in range.
            var page = PageRequest.Read(context.Request.Query, maxPageSize);
            var result = await paged(context, page, cancellationToken);
            page.WriteHeaders(context.Response, context.Request.Path, result.Total);
            return result.Items;
        }

        endpoints.MapGet($"/api/v1/{name}", async (HttpContext context, CancellationToken cancellationToken) =>
            {
                var rows = await load(context, cancellationToken);
                return Results.Json(Rows(rows, columns), Json);
            })
            .AllowAnonymous()
            .WithMetadata(metadata)
            .WithName($"opendata-{name}")
            .WithSummary(summary)
            .WithDescription(Describe(columns))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithMetadata(new Caching.PublicCacheAttribute(cacheTags) { QueryKeys = PageRequest.QueryKeys })
            .WithMetadata(new PagedListMetadata(maxPageSize));

        endpoints.MapGet($"/api/v1/{name}.csv", async (HttpContext context, CancellationToken cancellationToken) =>
            {
                var rows = await load(context, cancellationToken);
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
                return Results.Text(OpenDataCsv.Write(rows, columns), "text/csv; charset=utf-8", Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithMetadata(new OpenDataCsvMetadata(metadata))
            .WithName($"opendata-{name}-csv")
            .WithSummary(summary + " (CSV)")
            .WithDescription(Describe(columns))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithMetadata(new Caching.PublicCacheAttribute(cacheTags) { QueryKeys = PageRequest.QueryKeys })
            .WithMetadata(new PagedListMetadata(maxPageSize));
    }

    private static IEnumerable<Dictionary<string, object?>> Rows<T>(IEnumerable<T> rows, IReadOnlyList<OpenDataColumn<T>> columns) =>
        rows.Select(row => columns.ToDictionary(c => c.Name, c => c.Value(row)));

    private static string Describe<T>(IReadOnlyList<OpenDataColumn<T>> columns) =>
        "Fält: " + string.Join("; ", columns.Select(c => $"{c.Name}: {c.Description}"));
}

/// <summary>One page of an open-data list and the list's total.</summary>
public sealed record OpenDataPage<T>(IReadOnlyList<T> Items, long Total);

/// <summary>Lets the catalogue, the OpenAPI document, the pages for people and the tests find every open-data list
/// (on its JSON endpoint) and its documented fields.</summary>
public sealed record OpenDataListMetadata(string Name, string Summary, IReadOnlyList<OpenDataField> Fields, OpenDataDescription Description)
{
    public string Path => "/api/v1/" + Name;

    /// <summary>The list's first row as JSON and CSV, and its total; for the API page's examples.</summary>
    public Func<HttpContext, CancellationToken, Task<OpenDataPreview>> Preview { get; init; } = (_, _) => Task.FromResult(new OpenDataPreview("[]", "", 0));

    public string CsvPath => Path + ".csv";

    /// <summary>The summary's part before the colon: "Forumens sammanträden".</summary>
    public string Title => Summary.Split(':')[0].Trim();
}

/// <summary>A list's first row as its two formats write it, and how many rows the list has.</summary>
public sealed record OpenDataPreview(string Json, string Csv, long Total);

/// <summary>Marks the CSV twin of an open-data list.</summary>
public sealed record OpenDataCsvMetadata(OpenDataListMetadata List);

/// <summary>One field: its name, meaning and, when the column declares it, its .NET type and whether it may be empty.</summary>
public sealed record OpenDataField(string Name, string Description, Type? Type, bool MayBeNull)
{
    /// <summary>What the field holds, named once for the OpenAPI document and the API page.</summary>
    public OpenDataKind Kind => Type switch
    {
        null => OpenDataKind.Text,
        var t when t == typeof(bool) => OpenDataKind.Boolean,
        var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => OpenDataKind.Integer,
        var t when t == typeof(decimal) || t == typeof(double) || t == typeof(float) => OpenDataKind.Decimal,
        var t when t == typeof(Guid) => OpenDataKind.Uuid,
        var t when t == typeof(DateOnly) => OpenDataKind.Date,
        var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => OpenDataKind.DateTime,
        _ => OpenDataKind.Text,
    };
}

public enum OpenDataKind
{
    Text,
    Boolean,
    Integer,
    Decimal,
    Uuid,
    Date,
    DateTime,
}
