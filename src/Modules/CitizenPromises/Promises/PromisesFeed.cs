using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>/medborgarloften/feed.xml: an Atom feed (RFC 4287) of published follow-ups of published promises,
/// newest first. Written by hand with XmlWriter, as the calendars are.</summary>
internal static class PromisesFeed
{
    public const int MaxEntries = 50;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/medborgarloften/feed.xml", WriteAsync).AllowAnonymous().CachePublicly(PublicPromises.CacheTag);

    private static async Task<IResult> WriteAsync(HttpContext context, CitizenPromisesDbContext db, ISiteInfo site, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var entries = await db.LatestFollowUpsAsync(MaxEntries, cancellationToken);
        var origin = Trygghet.Portal.Core.Site.PublicOrigin.Of(configuration, context);
        return Results.Text(Write(entries, origin, string.IsNullOrEmpty(site.SiteName) ? "Trygghetsportalen" : site.SiteName), "application/atom+xml", Encoding.UTF8);
    }

    internal static string Write(IReadOnlyList<PublicFollowUp> entries, string origin, string siteName)
    {
        const string Atom = "http://www.w3.org/2005/Atom";
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "sv");
            xml.WriteElementString("id", Atom, origin + "/medborgarloften/feed.xml");
            xml.WriteElementString("title", Atom, $"Uppföljningar av medborgarlöften – {siteName}");
            xml.WriteElementString("updated", Atom, Stamp(entries.Count == 0 ? DateTime.UnixEpoch : entries.Max(e => Updated(e.FollowUp))));
            Link(xml, Atom, "self", origin + "/medborgarloften/feed.xml", "application/atom+xml");
            Link(xml, Atom, "alternate", origin + "/medborgarloften", "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, siteName);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                var url = $"{origin}/medborgarloften/{entry.Set.Slug}#{Anchors.Of(entry.FollowUp)}";
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"urn:uuid:{entry.FollowUp.Id}");
                xml.WriteElementString("title", Atom, entry.FollowUp.Title);
                xml.WriteElementString("updated", Atom, Stamp(Updated(entry.FollowUp)));
                xml.WriteElementString("published", Atom, Stamp(Updated(entry.FollowUp)));
                Link(xml, Atom, "alternate", url, "text/html");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", entry.Set.Slug);
                xml.WriteAttributeString("label", entry.Set.Title);
                xml.WriteEndElement();
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString($"{entry.FollowUp.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. Löfte: {entry.Promise.Text}\n\n{entry.FollowUp.Text}"
                    + string.Concat(entry.FollowUp.Figures.Select(f => $"\n{f.Label}: {f.Value}")));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output claims utf-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static DateTime Updated(PromiseFollowUp followUp) => followUp.PublishedUtc ?? DateTime.UnixEpoch;

    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
