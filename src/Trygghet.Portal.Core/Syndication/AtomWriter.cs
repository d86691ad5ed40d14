using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Trygghet.Portal.Core.Syndication;

/// <summary>Writes every feed the portal has (news, medborgarlöften follow-ups) the same way: XmlWriter, UTF-8,
/// Swedish, times in UTC with "Z", links on the configured public origin.</summary>
public static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public const string MediaType = "application/atom+xml";

    public static IResult Result(AtomFeed feed, string origin) => Results.Text(Write(feed, origin), MediaType, Encoding.UTF8);

    public static string Write(AtomFeed feed, string origin)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "sv");
            xml.WriteElementString("id", Atom, origin + feed.Path);
            xml.WriteElementString("title", Atom, feed.Title);
            xml.WriteElementString("updated", Atom, Stamp(feed.Entries.Count == 0 ? DateTime.UnixEpoch : feed.Entries.Max(e => e.UpdatedUtc)));
            Link(xml, "self", origin + feed.Path, MediaType);
            Link(xml, "alternate", origin + feed.AlternatePath, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, feed.Author);
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                WriteEntry(xml, entry, origin);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output claims utf-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteEntry(XmlWriter xml, AtomEntry entry, string origin)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, $"urn:uuid:{entry.Id}");
        xml.WriteElementString("title", Atom, entry.Title);
        xml.WriteElementString("updated", Atom, Stamp(entry.UpdatedUtc));
        xml.WriteElementString("published", Atom, Stamp(entry.PublishedUtc));
        Link(xml, "alternate", origin + entry.AlternatePath, "text/html");
        if (entry.Enclosure is { Length: > 0 } enclosure)
        {
            Link(xml, "enclosure", enclosure.StartsWith('/') ? origin + enclosure : enclosure, ImageType(enclosure));
        }

        foreach (var category in entry.Categories)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", category.Term);
            if (category.Label is not null)
            {
                xml.WriteAttributeString("label", category.Label);
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(entry.Summary);
        xml.WriteEndElement();
        xml.WriteEndElement();
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

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
