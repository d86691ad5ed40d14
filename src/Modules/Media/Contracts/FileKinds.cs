using System.IO.Compression;
using System.Text;

namespace Trygghet.Modules.Media.Contracts;

/// <summary>What an uploaded file is, by its content.</summary>
public enum FileKind
{
    Unknown,
    Jpeg,
    Png,
    Gif,
    Webp,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
}

/// <summary>The portal's one file-type check, for every uploader (the media library, agenda-item attachments,
/// partner documents) and their recipe steps: a file is what its bytes say, never what its name or the browser
/// claims. Office formats are ZIP packages, and a ZIP is only a document when it has the package's own parts:
/// OOXML its [Content_Types].xml declaring the main part's (macro-free) type and that part itself, ODF a first
/// entry "mimetype" holding the format's exact type. Owned by Media, the module about files; the others use it
/// through this contract so the rules cannot drift apart again.</summary>
public static class FileKinds
{
    /// <summary>The kinds agenda items and partner spaces accept.</summary>
    public static IReadOnlyList<FileKind> Documents { get; } =
        [FileKind.Pdf, FileKind.Docx, FileKind.Xlsx, FileKind.Pptx, FileKind.Odt, FileKind.Ods, FileKind.Png, FileKind.Jpeg];

    private const int MaxManifestBytes = 1024 * 1024;

    private static readonly (FileKind Kind, string MainPart, string MainType)[] OfficeOpenXml =
    [
        (FileKind.Docx, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        (FileKind.Xlsx, "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        (FileKind.Pptx, "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
    ];

    /// <summary>The kind <paramref name="data"/> is, or <see cref="FileKind.Unknown"/>.</summary>
    public static FileKind Detect(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ReadOnlySpan<byte> head = data;
        return head switch
        {
            _ when head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => FileKind.Jpeg,
            _ when head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) => FileKind.Png,
            _ when head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) => FileKind.Gif,
            _ when head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) => FileKind.Webp,
            _ when head.StartsWith("%PDF-"u8) => FileKind.Pdf,
            _ when head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) => DetectPackage(data),
            _ => FileKind.Unknown,
        };
    }

    /// <summary>Whether a file named <paramref name="fileName"/> with <paramref name="data"/> may be kept where
    /// <paramref name="allowed"/> kinds are: its extension must be one of theirs, and its content that very kind.</summary>
    /// <returns>The kind, or the problem as the end of a sentence that starts with the field and the file's name
    /// ("Filen x.docx …").</returns>
    public static (FileKind Kind, string? Problem) Check(string fileName, byte[] data, IReadOnlyCollection<FileKind> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var claimed = FromExtension(Path.GetExtension(fileName));
        if (claimed == FileKind.Unknown || !allowed.Contains(claimed))
        {
            return (FileKind.Unknown, $"har en filtyp som inte är tillåten; tillåtna är {Describe(allowed)}");
        }

        var actual = Detect(data);
        return actual == claimed ? (actual, null) : (FileKind.Unknown, "stämmer inte med sin filändelse");
    }

    public static string Describe(IEnumerable<FileKind> kinds)
    {
        var names = kinds.Select(Name).Distinct().ToList();
        return names.Count < 2 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1];
    }

    public static bool IsImage(FileKind kind) => kind is FileKind.Jpeg or FileKind.Png or FileKind.Gif or FileKind.Webp;

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Gif => "image/gif",
        FileKind.Webp => "image/webp",
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        FileKind.Odt => "application/vnd.oasis.opendocument.text",
        FileKind.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        _ => "application/octet-stream",
    };

    /// <summary>The extension a file of this kind is stored and served with (GIFs are re-encoded as PNG).</summary>
    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "jpg",
        FileKind.Png or FileKind.Gif => "png",
        FileKind.Unknown => "bin",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static FileKind FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => FileKind.Jpeg,
        ".png" => FileKind.Png,
        ".gif" => FileKind.Gif,
        ".webp" => FileKind.Webp,
        ".pdf" => FileKind.Pdf,
        ".docx" => FileKind.Docx,
        ".xlsx" => FileKind.Xlsx,
        ".pptx" => FileKind.Pptx,
        ".odt" => FileKind.Odt,
        ".ods" => FileKind.Ods,
        _ => FileKind.Unknown,
    };

    private static string Name(FileKind kind) => kind switch
    {
        FileKind.Docx => "Word (docx)",
        FileKind.Xlsx => "Excel (xlsx)",
        FileKind.Pptx => "PowerPoint (pptx)",
        FileKind.Odt or FileKind.Ods => "OpenDocument (odt, ods)",
        _ => kind.ToString().ToUpperInvariant(),
    };

    private static FileKind DetectPackage(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > 0 && zip.Entries[0].FullName == "mimetype")
            {
                return ReadSmall(zip.Entries[0]) switch
                {
                    "application/vnd.oasis.opendocument.text" => FileKind.Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => FileKind.Ods,
                    _ => FileKind.Unknown,
                };
            }

            if (zip.GetEntry("[Content_Types].xml") is not { } manifest || ReadSmall(manifest) is not { } types)
            {
                return FileKind.Unknown;
            }

            foreach (var (kind, part, type) in OfficeOpenXml)
            {
                if (zip.GetEntry(part) is not null && types.Contains("\"" + type + "\"", StringComparison.Ordinal))
                {
                    return kind;
                }
            }

            return FileKind.Unknown;
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException)
        {
            return FileKind.Unknown;
        }
    }

    /// <summary>A small entry's text; null when it claims to be larger than a manifest can be (a ZIP bomb is not read).</summary>
    private static string? ReadSmall(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxManifestBytes)
        {
            return null;
        }

        using var stream = entry.Open();
        var buffer = new byte[entry.Length];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
