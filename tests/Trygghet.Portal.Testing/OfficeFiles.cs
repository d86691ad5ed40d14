using System.IO.Compression;
using System.Text;

namespace Trygghet.Portal.Testing;

/// <summary>Office documents and look-alikes for the upload tests of every module, made here so that what each one
/// is stays visible: the real ones have the parts their format requires, the others are ZIPs that only claim to be.</summary>
public static class OfficeFiles
{
    private const string ContentTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"{0}\"/></Types>";

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Docx() => Zip(
        ("[Content_Types].xml", string.Format(System.Globalization.CultureInfo.InvariantCulture, ContentTypes, WordMain)),
        ("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));

    /// <summary>A macro-enabled Word file (docm) named as a docx: the same main part, another declared type.</summary>
    public static byte[] Docm() => Zip(
        ("[Content_Types].xml", string.Format(System.Globalization.CultureInfo.InvariantCulture, ContentTypes, "application/vnd.ms-word.document.macroEnabled.main+xml")),
        ("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"),
        ("word/vbaProject.bin", "makro"));

    /// <summary>The part names of a docx, but a manifest that declares no Word document.</summary>
    public static byte[] DocxWithoutMainType() => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("word/document.xml", "<?xml version=\"1.0\"?><w:document/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<?xml version=\"1.0\"?><office:document-content/>"));

    /// <summary>An ODF package whose mimetype names another format.</summary>
    public static byte[] OdtWithWrongMimetype() => Zip(("mimetype", "application/x-msdownload"), ("content.xml", "<x/>"));

    /// <summary>A ZIP that is no document at all (a renamed archive).</summary>
    public static byte[] PlainZip() => Zip(("readme.txt", "hej"), ("program.exe", "MZ"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }
}
