using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Content.Catalogue;

/// <summary>GET /data/dcat: a DCAT-AP-SE catalogue in RDF/XML for Sveriges dataportal. One dcat:Dataset per open-data
/// list found among the endpoints (their OpenDataListMetadata), each with a JSON and a CSV distribution, the
/// publisher and contact point from the site's settings, and the licence CC BY 4.0 exactly as dataportal.se
/// expects it. Not output-cached: it costs no database query.</summary>
internal static class DcatCatalogue
{
    public const string Licence = "http://creativecommons.org/licenses/by/4.0/";

    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Vcard = "http://www.w3.org/2006/vcard/ns#";
    private const string Eu = "http://publications.europa.eu/resource/authority/";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/data/dcat", (HttpContext context, EndpointDataSource sources, ISiteInfo site, IConfiguration configuration) =>
            {
                var origin = Trygghet.Portal.Core.Site.PublicOrigin.Of(configuration, context);
                return Results.Text(Write(Datasets(sources), site, origin), "application/rdf+xml", Encoding.UTF8);
            })
            .AllowAnonymous()
            .WithName("dcat")
            .WithSummary("DCAT-AP-SE-katalog (RDF/XML) över de öppna datamängderna under /api/v1");

    /// <summary>Every open-data list the modules have mapped, by name.</summary>
    public static IReadOnlyList<OpenDataListMetadata> Datasets(EndpointDataSource sources) =>
        sources.Endpoints.Select(e => e.Metadata.GetMetadata<OpenDataListMetadata>()).OfType<OpenDataListMetadata>()
            .DistinctBy(m => m.Name).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

    internal static string Write(IReadOnlyList<OpenDataListMetadata> datasets, ISiteInfo site, string origin)
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
            Resource(xml, Foaf, "homepage", origin + "/");
            foreach (var dataset in datasets)
            {
                xml.WriteStartElement("dcat", "dataset", Dcat);
                WriteDataset(xml, dataset, origin, publisher, organisation, site.ContactEmail);
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

    private static void WriteDataset(XmlWriter xml, OpenDataListMetadata dataset, string origin, string publisher, string organisation, string contactEmail)
    {
        var url = $"{origin}/api/v1/{dataset.Name}";
        var (titleEn, descriptionEn) = EnglishTitles.For(dataset.Name);
        var titleSv = dataset.Summary.Split(':')[0].Trim();
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
        xml.WriteStartElement("dcat", "contactPoint", Dcat);
        xml.WriteStartElement("vcard", "Organization", Vcard);
        xml.WriteElementString("vcard", "fn", Vcard, organisation);
        if (!string.IsNullOrEmpty(contactEmail))
        {
            Resource(xml, Vcard, "hasEmail", "mailto:" + contactEmail);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        Distribution(xml, url, "JSON", "application/json", $"{titleSv} (JSON)", $"{titleEn} (JSON)");
        Distribution(xml, url + ".csv", "CSV", "text/csv", $"{titleSv} (CSV)", $"{titleEn} (CSV)");
        xml.WriteEndElement();
    }

    private static void Distribution(XmlWriter xml, string url, string format, string mediaType, string titleSv, string titleEn)
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
        xml.WriteEndElement();
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
