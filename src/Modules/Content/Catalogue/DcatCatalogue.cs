using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Content.Catalogue;

/// <summary>GET /data/dcat: a DCAT-AP-SE catalogue in RDF/XML for Sveriges dataportal. One dcat:Dataset per open-data
/// list found among the endpoints (their OpenDataListMetadata, the same source as /oppna-data), each with a JSON and
/// a CSV distribution, the publisher and contact point from the site's settings, the licence CC BY 4.0 exactly as
/// dataportal.se expects it, and DCAT-AP-SE's recommended properties: keywords, spatial and temporal coverage,
/// issued, modified, update frequency, landing page and the standards the distributions conform to. The dates are
/// read from each module's data (<see cref="OpenDataDescription.Facts"/>), so the catalogue queries every module
/// once; it is not output-cached because the modules' cache tags are theirs.</summary>
internal static class DcatCatalogue
{
    public const string Licence = "http://creativecommons.org/licenses/by/4.0/";

    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Vcard = "http://www.w3.org/2006/vcard/ns#";
    private const string Eu = "http://publications.europa.eu/resource/authority/";
    private const string XsdDate = "http://www.w3.org/2001/XMLSchema#date";

    /// <summary>Where the data is about when configuration names nothing else (<c>OpenData:Spatial</c>, URIs separated
    /// by spaces): Östergötland county, whose NUTS 3 code is the finest EU code that contains Linköping.</summary>
    public const string DefaultSpatial = "http://data.europa.eu/nuts/code/SE123";

    private const string Rfc4180 = "https://www.rfc-editor.org/rfc/rfc4180";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/data/dcat", async (HttpContext context, EndpointDataSource sources, ISiteInfo site, IPublicOrigin origin, IConfiguration configuration) =>
            {
                var datasets = new List<(OpenDataListMetadata, OpenDataFacts)>();
                foreach (var dataset in Datasets(sources))
                {
                    datasets.Add((dataset, await dataset.Description.Facts(context, context.RequestAborted)));
                }

                var spatial = (configuration["OpenData:Spatial"] ?? DefaultSpatial).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return Results.Text(Write(datasets, site, origin.Current, spatial), "application/rdf+xml", Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("dcat")
            .WithSummary("DCAT-AP-SE-katalog (RDF/XML) över de öppna datamängderna under /api/v1");

    /// <summary>Every open-data list the modules have mapped, by name.</summary>
    public static IReadOnlyList<OpenDataListMetadata> Datasets(EndpointDataSource sources) =>
        sources.Endpoints.Select(e => e.Metadata.GetMetadata<OpenDataListMetadata>()).OfType<OpenDataListMetadata>()
            .DistinctBy(m => m.Name).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

    /// <summary>The anchor of a dataset's section on /oppna-data, its landing page.</summary>
    public static string Anchor(OpenDataListMetadata dataset) => "data-" + dataset.Name.Replace('/', '-');

    internal static string Write(IReadOnlyList<(OpenDataListMetadata Dataset, OpenDataFacts Facts)> datasets, ISiteInfo site, string origin, IReadOnlyList<string> spatial)
    {
        var organisation = string.IsNullOrEmpty(site.Organisation) ? site.SiteName : site.Organisation;
        var publisher = origin + "/#utgivare";
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rdf", "RDF", Rdf);
            xml.WriteAttributeString("xmlns", "dcat", null, Dcat);
            xml.WriteAttributeString("xmlns", "dct", null, Dct);
            xml.WriteAttributeString("xmlns", "foaf", null, Foaf);
            xml.WriteAttributeString("xmlns", "vcard", null, Vcard);

            xml.WriteStartElement("dcat", "Catalog", Dcat);
            xml.WriteAttributeString("rdf", "about", Rdf, origin + "/data/dcat");
            Text(xml, Dct, "title", "sv", $"Öppna data från {site.SiteName}");
            Text(xml, Dct, "title", "en", $"Open data from {site.SiteName}");
            Text(xml, Dct, "description", "sv", $"{organisation}s öppna data om det brottsförebyggande arbetet: sammanträden, beslut, medborgarlöften, åtgärdsplan och lägesbild.");
            Text(xml, Dct, "description", "en", $"Open data from {organisation} about its crime-prevention work: meetings, decisions, citizen promises, action plan and situation picture.");
            Resource(xml, Dct, "publisher", publisher);
            Resource(xml, Dct, "license", Licence);
            Resource(xml, Dct, "language", Eu + "language/SWE");
            Resource(xml, Foaf, "homepage", origin + "/oppna-data");
            Resource(xml, Dcat, "themeTaxonomy", Eu + "data-theme");
            Spatial(xml, spatial);
            Date(xml, "issued", datasets.Select(d => d.Facts.Issued).OfType<DateOnly>().DefaultIfEmpty().Min());
            Date(xml, "modified", datasets.Select(d => d.Facts.Modified).OfType<DateOnly>().DefaultIfEmpty().Max());
            foreach (var (dataset, facts) in datasets)
            {
                xml.WriteStartElement("dcat", "dataset", Dcat);
                WriteDataset(xml, dataset, facts, origin, publisher, organisation, site.ContactEmail, spatial);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("foaf", "Agent", Foaf);
            xml.WriteAttributeString("rdf", "about", Rdf, publisher);
            xml.WriteElementString("foaf", "name", Foaf, organisation);
            Resource(xml, Dct, "type", "http://purl.org/adms/publishertype/LocalAuthority");
            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteDataset(
        XmlWriter xml, OpenDataListMetadata dataset, OpenDataFacts facts, string origin, string publisher, string organisation, string contactEmail, IReadOnlyList<string> spatial)
    {
        var url = origin + dataset.Path;
        var (titleEn, descriptionEn) = EnglishTitles.For(dataset.Name);
        var titleSv = dataset.Title;
        xml.WriteStartElement("dcat", "Dataset", Dcat);
        xml.WriteAttributeString("rdf", "about", Rdf, url);
        Text(xml, Dct, "title", "sv", titleSv);
        Text(xml, Dct, "title", "en", titleEn);
        Text(xml, Dct, "description", "sv", dataset.Summary + ". Fält: " + string.Join("; ", dataset.Fields.Select(f => $"{f.Name} ({f.Description})")));
        Text(xml, Dct, "description", "en", descriptionEn);
        xml.WriteElementString("dct", "identifier", Dct, url);
        Resource(xml, Dct, "publisher", publisher);
        Resource(xml, Dct, "accessRights", Eu + "access-right/PUBLIC");
        Resource(xml, Dcat, "theme", Eu + "data-theme/JUST");
        Resource(xml, Dct, "license", Licence);
        foreach (var keyword in dataset.Description.Keywords)
        {
            Text(xml, Dcat, "keyword", "sv", keyword);
        }

        Resource(xml, Dcat, "landingPage", $"{origin}/oppna-data#{Anchor(dataset)}");
        Resource(xml, Dct, "accrualPeriodicity", dataset.Description.FrequencyUri);
        Spatial(xml, spatial);
        Temporal(xml, facts);
        Date(xml, "issued", facts.Issued);
        Date(xml, "modified", facts.Modified);
        xml.WriteStartElement("dcat", "contactPoint", Dcat);
        xml.WriteStartElement("vcard", "Organization", Vcard);
        xml.WriteElementString("vcard", "fn", Vcard, organisation);
        if (!string.IsNullOrEmpty(contactEmail))
        {
            Resource(xml, Vcard, "hasEmail", "mailto:" + contactEmail);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        // The JSON follows the API's OpenAPI description; the CSV is RFC 4180 with the same fields.
        Distribution(xml, url, "JSON", "application/json", $"{titleSv} (JSON)", $"{titleEn} (JSON)", origin + "/openapi/v1.json");
        Distribution(xml, origin + dataset.CsvPath, "CSV", "text/csv", $"{titleSv} (CSV)", $"{titleEn} (CSV)", Rfc4180);
        xml.WriteEndElement();
    }

    private static void Distribution(XmlWriter xml, string url, string format, string mediaType, string titleSv, string titleEn, string conformsTo)
    {
        xml.WriteStartElement("dcat", "distribution", Dcat);
        xml.WriteStartElement("dcat", "Distribution", Dcat);
        xml.WriteAttributeString("rdf", "about", Rdf, url + "#distribution");
        Text(xml, Dct, "title", "sv", titleSv);
        Text(xml, Dct, "title", "en", titleEn);
        Resource(xml, Dcat, "accessURL", url);
        Resource(xml, Dcat, "downloadURL", url);
        Resource(xml, Dct, "format", Eu + "file-type/" + format);
        Resource(xml, Dcat, "mediaType", "https://www.iana.org/assignments/media-types/" + mediaType);
        Resource(xml, Dct, "license", Licence);
        Resource(xml, Dct, "conformsTo", conformsTo);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Spatial(XmlWriter xml, IReadOnlyList<string> spatial)
    {
        foreach (var place in spatial)
        {
            Resource(xml, Dct, "spatial", place);
        }
    }

    private static void Temporal(XmlWriter xml, OpenDataFacts facts)
    {
        if (facts.From is null && facts.To is null)
        {
            return;
        }

        xml.WriteStartElement("dct", "temporal", Dct);
        xml.WriteStartElement("dct", "PeriodOfTime", Dct);
        TypedDate(xml, Dcat, "startDate", facts.From);
        TypedDate(xml, Dcat, "endDate", facts.To);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Date(XmlWriter xml, string name, DateOnly? date) => TypedDate(xml, Dct, name, date == default(DateOnly) ? null : date);

    private static void TypedDate(XmlWriter xml, string ns, string name, DateOnly? date)
    {
        if (date is not { } value)
        {
            return;
        }

        xml.WriteStartElement(ns == Dct ? "dct" : "dcat", name, ns);
        xml.WriteAttributeString("rdf", "datatype", Rdf, XsdDate);
        xml.WriteString(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string ns, string name, string language, string value)
    {
        xml.WriteStartElement(ns == Dct ? "dct" : "dcat", name, ns);
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Resource(XmlWriter xml, string ns, string name, string resource)
    {
        xml.WriteStartElement(ns switch { Dct => "dct", Dcat => "dcat", Foaf => "foaf", _ => "vcard" }, name, ns);
        xml.WriteAttributeString("rdf", "resource", Rdf, resource);
        xml.WriteEndElement();
    }
}
