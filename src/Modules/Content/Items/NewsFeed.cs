using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Trygghet.Modules.Content.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Content.Items;

/// <summary>/nyheter/feed.xml: an Atom feed (RFC 4287) of the latest published, public news, newest first.
/// Written with XmlWriter like the other feeds; the entry id is the item's, so an updated entry stays one entry.</summary>
internal static class NewsFeed
{
    public const int MaxEntries = 30;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/nyheter/feed.xml", WriteAsync).AllowAnonymous().CachePublicly(PublicContent.CacheTag);

    private static async Task<IResult> WriteAsync(HttpContext context, ContentDbContext db, ISiteInfo site, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var entries = await db.LiveNews().Take(MaxEntries).ToListAsync(cancellationToken);
        var origin = Trygghet.Portal.Core.Site.PublicOrigin.Of(configuration, context);
        return Results.Text(Write(entries, origin, string.IsNullOrEmpty(site.SiteName) ? "Trygghetsportalen" : site.SiteName), "application/atom+xml", Encoding.UTF8);
    }

    internal static string Write(IReadOnlyList<PublicItem> entries, string origin, string siteName)
    {
        const string Atom = "http://www.w3.org/2005/Atom";
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "sv");
            xml.WriteElementString("id", Atom, origin + "/nyheter/feed.xml");
            xml.WriteElementString("title", Atom, $"Nyheter – {siteName}");
            xml.WriteElementString("updated", Atom, Stamp(entries.Count == 0 ? DateTime.UnixEpoch : entries.Max(e => e.Item.PublishedUtc ?? DateTime.UnixEpoch)));
            Link(xml, Atom, "self", origin + "/nyheter/feed.xml", "application/atom+xml");
            Link(xml, Atom, "alternate", origin + "/nyheter", "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, siteName);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"urn:uuid:{entry.Item.Id}");
                xml.WriteElementString("title", Atom, entry.Version.Title);
                xml.WriteElementString("updated", Atom, Stamp(entry.Item.PublishedUtc ?? DateTime.UnixEpoch));
                xml.WriteElementString("published", Atom, Stamp(entry.Item.FirstPublishedUtc ?? DateTime.UnixEpoch));
                Link(xml, Atom, "alternate", origin + entry.Path, "text/html");
                if (entry.Version.ImageUrl is { Length: > 0 } image)
                {
                    // The item's picture, for readers that show one (RFC 4287 4.2.7.2 enclosure), on the public origin.
                    Link(xml, Atom, "enclosure", image.StartsWith('/') ? origin + image : image, ImageType(image));
                }

                foreach (var tag in entry.Version.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Version.Lead);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output claims utf-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static string ImageType(string url) => Path.GetExtension(new Uri(new Uri("http://x"), url).AbsolutePath).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };

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
