using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Paging;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>Describes each open-data operation from the metadata its endpoint carries (<see cref="OpenDataListMetadata"/>,
/// <see cref="PagedListMetadata"/>): the row schema with every field's type and description, the paging parameters with
/// their ranges, the paging headers, the 400 problem details, and the media type of each format. The rows are written
/// from the same columns, so the description cannot drift from the data.</summary>
internal static class OpenDataOpenApi
{
    private const string ProblemSchema = "ValideringsProblem";

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var csv = metadata.OfType<OpenDataCsvMetadata>().FirstOrDefault();
        var list = csv?.List ?? metadata.OfType<OpenDataListMetadata>().FirstOrDefault();
        if (list is null)
        {
            return Task.CompletedTask;
        }

        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI document is not available to the operation transformer.");
        var maxSize = metadata.OfType<PagedListMetadata>().FirstOrDefault()?.MaxPageSize ?? PageRequest.DefaultMaxSize;
        // One tag per list groups its JSON and CSV operations.
        document.Tags ??= new HashSet<OpenApiTag>();
        // The default tag (the application's name) groups nothing a reuser needs.
        var application = context.ApplicationServices.GetRequiredService<IWebHostEnvironment>().ApplicationName;
        foreach (var tag in document.Tags.Where(t => t.Name == application).ToList())
        {
            document.Tags.Remove(tag);
        }
        if (!document.Tags.Any(t => t.Name == list.Name))
        {
            document.Tags.Add(new OpenApiTag { Name = list.Name, Description = list.Summary });
        }

        operation.Tags = new HashSet<OpenApiTagReference> { new(list.Name, document) };
        operation.Parameters = [PageParameter(PageRequest.NumberParameter, "Sidans nummer, från 1. En sida efter den sista är tom.", int.MaxValue, 1),
            PageParameter(PageRequest.SizeParameter, $"Rader per sida, 1–{maxSize} (standard {maxSize}).", maxSize, maxSize)];
        operation.Responses = new OpenApiResponses
        {
            ["200"] = new OpenApiResponse
            {
                Description = csv is null ? "En sida av listan som JSON: en array med ett objekt per rad." : "En sida av listan som CSV (RFC 4180): en rubrikrad med fältnamnen, sedan en rad per post.",
                Headers = PagingHeaders(),
                Content = csv is null
                    ? new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = RowReference(list, document) } } }
                    : new Dictionary<string, OpenApiMediaType> { ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Kolumner: " + string.Join(", ", list.Fields.Select(f => f.Name)) } } },
            },
            ["400"] = new OpenApiResponse
            {
                Description = "sida eller antal är inte ett heltal inom sitt intervall; errors namnger parametern.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = ProblemReference(document) } },
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiParameter PageParameter(string name, string description, int max, int defaultValue) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = "1",
            Maximum = max.ToString(CultureInfo.InvariantCulture),
            Default = JsonValue.Create(defaultValue),
        },
    };

    private static Dictionary<string, IOpenApiHeader> PagingHeaders() => new()
    {
        ["X-Total-Count"] = new OpenApiHeader { Description = "Antalet rader i hela listan.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" } },
        ["Link"] = new OpenApiHeader { Description = "Nästa sida, när det finns en: <…?sida=N&antal=M>; rel=\"next\" (RFC 8288).", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
    };

    /// <summary>The row schema in the document's components, named after the list ("atgarder", "lagesbild-indikatorer").</summary>
    private static OpenApiSchemaReference RowReference(OpenDataListMetadata list, OpenApiDocument document)
    {
        var name = list.Name.Replace('/', '-');
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[name] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = list.Summary,
            Properties = list.Fields.ToDictionary(f => f.Name, f => (IOpenApiSchema)FieldSchema(f)),
            Required = list.Fields.Select(f => f.Name).ToHashSet(),
        };
        return new OpenApiSchemaReference(name, document);
    }

    private static OpenApiSchema FieldSchema(OpenDataField field)
    {
        var (type, format) = field.Kind switch
        {
            OpenDataKind.Boolean => (JsonSchemaType.Boolean, null),
            OpenDataKind.Integer => (JsonSchemaType.Integer, field.Type == typeof(long) ? "int64" : "int32"),
            OpenDataKind.Decimal => (JsonSchemaType.Number, null),
            OpenDataKind.Uuid => (JsonSchemaType.String, "uuid"),
            OpenDataKind.Date => (JsonSchemaType.String, "date"),
            OpenDataKind.DateTime => (JsonSchemaType.String, "date-time"),
            _ => (JsonSchemaType.String, (string?)null),
        };
        return new OpenApiSchema { Type = field.MayBeNull ? type | JsonSchemaType.Null : type, Format = format, Description = field.Description };
    }

    /// <summary>RFC 9457 problem details with the invalid parameters in <c>errors</c>, as the paging validation writes them.</summary>
    private static OpenApiSchemaReference ProblemReference(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Problembeskrivning (RFC 9457) med de ogiltiga parametrarna i errors.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Parameterns namn → vad som är fel.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Required = new HashSet<string> { "title", "status", "errors" },
        };
        return new OpenApiSchemaReference(ProblemSchema, document);
    }
}
