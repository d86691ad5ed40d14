using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>The open data described for machines and people (issue 20, point 3): the OpenAPI document read and
/// validated by Microsoft.OpenApi's own reader and rules, the DCAT-AP-SE catalogue with every recommended property on
/// the configured origin, and the API page, all against the lists the host really maps.</summary>
public sealed class OpenDataDescriptionTests(OpenDataDescriptionTests.OriginSite site) : IClassFixture<OpenDataDescriptionTests.OriginSite>
{
    private const string Origin = "https://trygghet.example.se";

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dcat = "http://www.w3.org/ns/dcat#";
    private static readonly XNamespace Dct = "http://purl.org/dc/terms/";

    /// <summary>The demo site on a configured public origin, asked through that origin.</summary>
    public sealed class OriginSite : IAsyncLifetime
    {
        public PortalApp App { get; private set; } = null!;

        public async ValueTask InitializeAsync() =>
            App = await PortalApp.StartAsync(recipe: "demo", settings: new Dictionary<string, string?> { ["App:PublicBaseUrl"] = Origin });

        public PortalClient Client() =>
            new(App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(Origin + "/"), AllowAutoRedirect = false }));

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task OpenApiDocument_PassesTheOpenApiReaderAndValidator_AndDescribesEveryListWithSchemasPagingAndMediaTypes()
    {
        using var client = site.Client();
        var json = await client.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        var read = OpenApiDocument.Parse(json, "json");
        Assert.True(read.Diagnostic is null || read.Diagnostic.Errors.Count == 0, "Reader: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var document = read.Document!;
        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, "Validator: " + string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(Origin, Assert.Single(document.Servers!).Url);

        var lists = Lists();
        Assert.Equal(
            lists.SelectMany(l => new[] { l.List.Path, l.List.CsvPath }).Order(StringComparer.Ordinal),
            document.Paths.Keys.Order(StringComparer.Ordinal));
        foreach (var (list, maxSize) in lists)
        {
            foreach (var (path, mediaType) in new[] { (list.Path, "application/json"), (list.CsvPath, "text/csv") })
            {
                var operation = document.Paths[path].Operations![HttpMethod.Get];
                var parameters = operation.Parameters!.ToDictionary(p => p.Name!);
                Assert.Equal("1", parameters[PageRequest.NumberParameter].Schema!.Minimum);
                Assert.Equal("1", parameters[PageRequest.SizeParameter].Schema!.Minimum);
                Assert.Equal(maxSize.ToString(System.Globalization.CultureInfo.InvariantCulture), parameters[PageRequest.SizeParameter].Schema!.Maximum);
                Assert.All(parameters.Values, p => Assert.Equal(ParameterLocation.Query, p.In));

                var ok = operation.Responses!["200"];
                Assert.Superset(new HashSet<string> { "X-Total-Count", "Link" }, ok.Headers!.Keys.ToHashSet());
                var content = Assert.Single(ok.Content!);
                Assert.Equal(mediaType, content.Key);
                Assert.NotNull(content.Value.Schema);
                var problem = Assert.Single(operation.Responses["400"].Content!);
                Assert.Equal("application/problem+json", problem.Key);
                Assert.Contains("errors", problem.Value.Schema!.Properties!.Keys);
            }

            var rows = document.Paths[list.Path].Operations![HttpMethod.Get].Responses!["200"].Content!["application/json"].Schema!;
            Assert.Equal(JsonSchemaType.Array, rows.Type);
            Assert.Equal(list.Fields.Select(f => f.Name), rows.Items!.Properties!.Keys);
        }
    }

    /// <summary>What the schema promises is what the API sends: every value of a real page has a JSON kind the
    /// field's schema allows (a date as a string, progress as a number, an absent value only where null is allowed).</summary>
    [Fact]
    public async Task OpenApiSchemas_AllowEveryValueTheListsSend()
    {
        using var client = site.Client();
        var document = OpenApiDocument.Parse(await client.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken), "json").Document!;
        var checkedValues = 0;
        foreach (var (list, _) in Lists())
        {
            var schema = document.Paths[list.Path].Operations![HttpMethod.Get].Responses!["200"].Content!["application/json"].Schema!.Items!;
            using var page = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri(list.Path + "?antal=20", UriKind.Relative), TestContext.Current.CancellationToken));
            foreach (var row in page.RootElement.EnumerateArray())
            {
                foreach (var property in row.EnumerateObject())
                {
                    var type = schema.Properties![property.Name].Type!.Value;
                    var allowed = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
                        JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer),
                        JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
                        JsonValueKind.Null => type.HasFlag(JsonSchemaType.Null),
                        _ => false,
                    };
                    Assert.True(allowed, $"{list.Path}: {property.Name} is {property.Value.ValueKind}, the schema says {type}");
                    checkedValues++;
                }
            }
        }

        Assert.True(checkedValues > 100, $"only {checkedValues} values checked");
    }

    [Fact]
    public async Task DcatCatalogue_ParsesAsServed_AndEveryDatasetHasTheRecommendedDcatApSeProperties_OnThePublicOrigin()
    {
        using var client = site.Client();
        var response = await client.Http.GetAsync(new Uri("/data/dcat", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rdf+xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Root!;
        var catalog = Assert.Single(root.Elements(Dcat + "Catalog"));
        foreach (var property in new[] { Dct + "title", Dct + "description", Dct + "publisher", Dct + "license", Dct + "language", Dct + "spatial", Dct + "issued", Dct + "modified", Dcat + "themeTaxonomy" })
        {
            Assert.True(catalog.Element(property) is not null, $"the catalogue has no {property.LocalName}");
        }

        var datasets = catalog.Elements(Dcat + "dataset").Select(d => d.Element(Dcat + "Dataset")!).ToList();
        Assert.Equal(Lists().Select(l => Origin + l.List.Path).Order(StringComparer.Ordinal), datasets.Select(d => d.Attribute(Rdf + "about")!.Value).Order(StringComparer.Ordinal));
        var (_, openData) = await client.GetPageAsync("/oppna-data");
        foreach (var dataset in datasets)
        {
            var about = dataset.Attribute(Rdf + "about")!.Value;
            foreach (var property in new[] { Dct + "title", Dct + "description", Dcat + "keyword", Dct + "spatial", Dct + "temporal", Dct + "issued", Dct + "modified", Dct + "accrualPeriodicity", Dcat + "landingPage", Dcat + "contactPoint", Dct + "publisher", Dct + "license", Dcat + "theme" })
            {
                Assert.True(dataset.Element(property) is not null, $"{about} has no {property.LocalName}");
            }

            var period = dataset.Element(Dct + "temporal")!.Element(Dct + "PeriodOfTime")!;
            var start = DateOnly.Parse(period.Element(Dcat + "startDate")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            var end = DateOnly.Parse(period.Element(Dcat + "endDate")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(start <= end, $"{about}: {start} after {end}");
            Assert.True(DateOnly.Parse(dataset.Element(Dct + "issued")!.Value, System.Globalization.CultureInfo.InvariantCulture) <= DateOnly.Parse(dataset.Element(Dct + "modified")!.Value, System.Globalization.CultureInfo.InvariantCulture), about);
            Assert.StartsWith("http://publications.europa.eu/resource/authority/frequency/", Resource(dataset, Dct + "accrualPeriodicity"), StringComparison.Ordinal);

            // The landing page is the dataset's own section of /oppna-data.
            var landing = new Uri(Resource(dataset, Dcat + "landingPage"));
            Assert.Equal(Origin + "/oppna-data", landing.GetLeftPart(UriPartial.Path));
            Assert.NotNull(openData.GetElementById(landing.Fragment.TrimStart('#')));

            var distributions = dataset.Elements(Dcat + "distribution").Select(d => d.Element(Dcat + "Distribution")!).ToList();
            Assert.Equal(2, distributions.Count);
            foreach (var distribution in distributions)
            {
                foreach (var property in new[] { Dcat + "accessURL", Dcat + "downloadURL", Dct + "format", Dcat + "mediaType", Dct + "license", Dct + "conformsTo" })
                {
                    Assert.True(distribution.Element(property) is not null, $"{about}: a distribution has no {property.LocalName}");
                }
            }
        }

        // Every address the catalogue gives of this site is on the configured origin, never the request's host.
        var own = root.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name == Rdf + "about" || a.Name == Rdf + "resource")
            .Select(a => a.Value).Where(v => !v.StartsWith("http://publications.europa.eu/", StringComparison.Ordinal) && !v.StartsWith("http://data.europa.eu/", StringComparison.Ordinal)
                && !v.StartsWith("http://creativecommons.org/", StringComparison.Ordinal) && !v.StartsWith("http://purl.org/", StringComparison.Ordinal)
                && !v.StartsWith("https://www.rfc-editor.org/", StringComparison.Ordinal) && !v.StartsWith("https://www.iana.org/", StringComparison.Ordinal) && !v.StartsWith("mailto:", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(own);
        Assert.All(own, url => Assert.StartsWith(Origin + "/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiPage_DescribesEveryListWithItsParametersFormatsFieldsAndARealExample_AndIsLinkedFromOpenDataAndTheFooter()
    {
        using var client = site.Client();
        var (response, page) = await client.GetPageAsync("/oppna-data/api");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main a[href='/openapi/v1.json']"));
        Assert.NotNull(page.QuerySelector("main a[href='/data/dcat']"));
        Assert.Contains(PageRequest.NumberParameter, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("X-Total-Count", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        foreach (var (list, maxSize) in Lists())
        {
            var section = Assert.Single(page.QuerySelectorAll("main section"), s => s.QuerySelector($"a[href='{list.Path}']") is not null);
            Assert.NotNull(section.QuerySelector($"a[href='{list.CsvPath}']"));
            Assert.Contains(maxSize.ToString(System.Globalization.CultureInfo.InvariantCulture), section.TextContent, StringComparison.Ordinal);
            Assert.Equal(list.Fields.Select(f => f.Name), section.QuerySelectorAll("tbody th code").Select(c => c.TextContent));
            var examples = section.QuerySelectorAll("pre code").Select(c => c.TextContent).ToList();
            Assert.Contains(examples, e => e.StartsWith($"GET {Origin}{list.Path}?", StringComparison.Ordinal));
            // The response excerpt is the list's real first row, as the API sends it.
            using var first = JsonDocument.Parse(await client.Http.GetStringAsync(new Uri(list.Path + "?antal=1", UriKind.Relative), TestContext.Current.CancellationToken));
            var excerpt = examples.Single(e => e.StartsWith("HTTP/1.1 200", StringComparison.Ordinal));
            using var shown = JsonDocument.Parse(excerpt[excerpt.IndexOf('[', StringComparison.Ordinal)..]);
            Assert.Equal(first.RootElement.GetArrayLength(), shown.RootElement.GetArrayLength());
            Assert.Equal(JsonSerializer.Serialize(first.RootElement), JsonSerializer.Serialize(shown.RootElement));
        }

        var (_, openData) = await client.GetPageAsync("/oppna-data");
        Assert.NotNull(openData.QuerySelector("main a[href='/oppna-data/api']"));
        Assert.NotNull(openData.QuerySelector("footer a[href='/oppna-data/api']"));
    }

    /// <summary>Every open-data list the host maps, found by its metadata, with its largest page size.</summary>
    private List<(OpenDataListMetadata List, int MaxSize)> Lists()
    {
        var endpoints = site.App.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var lists = endpoints.Select(e => (List: e.Metadata.GetMetadata<OpenDataListMetadata>(), MaxSize: e.Metadata.GetMetadata<PagedListMetadata>()?.MaxPageSize ?? 0))
            .Where(x => x.List is not null).Select(x => (x.List!, x.MaxSize)).ToList();
        Assert.Contains(lists, l => l.Item1.Name == "atgarder");
        return lists;
    }

    private static string Resource(XElement element, XName name) => element.Element(name)!.Attribute(Rdf + "resource")!.Value;
}
