using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Trygghet.Modules.Content.Tests;

/// <summary>/data/dcat is RDF/XML in DCAT-AP-SE's vocabularies and names every open dataset the host maps under /api/v1.</summary>
public sealed class DcatTests(ContentSite site) : IClassFixture<ContentSite>
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dcat = "http://www.w3.org/ns/dcat#";
    private static readonly XNamespace Dct = "http://purl.org/dc/terms/";
    private static readonly XNamespace Vcard = "http://www.w3.org/2006/vcard/ns#";
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Fact]
    public async Task Catalogue_IsRdfXml_AndDescribesEveryApiV1Dataset()
    {
        using var anonymous = site.App.CreatePortalClient();
        var response = await anonymous.Http.GetAsync("/data/dcat");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rdf+xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Rdf + "RDF", root.Name);
        var catalog = Assert.Single(root.Elements(Dcat + "Catalog"));
        Assert.Equal("http://creativecommons.org/licenses/by/4.0/", catalog.Element(Dct + "license")?.Attribute(Rdf + "resource")?.Value);
        var publisher = catalog.Element(Dct + "publisher")?.Attribute(Rdf + "resource")?.Value;
        Assert.Contains(root.Elements(XName.Get("Agent", "http://xmlns.com/foaf/0.1/")), a => a.Attribute(Rdf + "about")?.Value == publisher);

        // Every open-data list among the host's endpoints, found the way the catalogue does not: by route.
        var routes = site.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("api/v1/", StringComparison.Ordinal) && !p.EndsWith(".csv", StringComparison.Ordinal) && !p.Contains('{', StringComparison.Ordinal))
            .Select(p => "http://localhost/" + p).Order(StringComparer.Ordinal).ToList();
        Assert.Superset(new HashSet<string> { "http://localhost/api/v1/atgarder", "http://localhost/api/v1/sammantraden", "http://localhost/api/v1/beslut", "http://localhost/api/v1/medborgarloften", "http://localhost/api/v1/lagesbild/indikatorer" }, routes.ToHashSet());
        var datasets = catalog.Elements(Dcat + "dataset").Select(d => d.Element(Dcat + "Dataset")!).ToList();
        Assert.Equal(routes, datasets.Select(d => d.Attribute(Rdf + "about")!.Value).Order(StringComparer.Ordinal));

        foreach (var dataset in datasets)
        {
            var about = dataset.Attribute(Rdf + "about")!.Value;
            foreach (var field in new[] { "title", "description" })
            {
                foreach (var language in new[] { "sv", "en" })
                {
                    Assert.False(string.IsNullOrWhiteSpace(dataset.Elements(Dct + field).SingleOrDefault(e => e.Attribute(Xml + "lang")?.Value == language)?.Value), $"{about}: {field} in {language}");
                }
            }

            Assert.Equal(publisher, dataset.Element(Dct + "publisher")?.Attribute(Rdf + "resource")?.Value);
            Assert.Equal("http://creativecommons.org/licenses/by/4.0/", dataset.Element(Dct + "license")?.Attribute(Rdf + "resource")?.Value);
            Assert.StartsWith("mailto:", dataset.Element(Dcat + "contactPoint")?.Element(Vcard + "Organization")?.Element(Vcard + "hasEmail")?.Attribute(Rdf + "resource")?.Value, StringComparison.Ordinal);
            var distributions = dataset.Elements(Dcat + "distribution").Select(d => d.Element(Dcat + "Distribution")!).ToList();
            Assert.Equal(
                [about, about + ".csv"],
                distributions.Select(d => d.Element(Dcat + "downloadURL")!.Attribute(Rdf + "resource")!.Value));
            Assert.Equal(
                ["http://publications.europa.eu/resource/authority/file-type/JSON", "http://publications.europa.eu/resource/authority/file-type/CSV"],
                distributions.Select(d => d.Element(Dct + "format")!.Attribute(Rdf + "resource")!.Value));
            // What the catalogue promises is there.
            Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync(new Uri(about).PathAndQuery)).StatusCode);
        }
    }

    [Fact]
    public async Task OpenApiDescription_StillExists()
    {
        using var anonymous = site.App.CreatePortalClient();
        var response = await anonymous.Http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/v1/atgarder", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
