using System.IO.Compression;

namespace Trygghet.Modules.Media.Library;

/// <summary>What a file is by its first bytes, never by its name or the browser's claim: an SVG or HTML file
/// renamed to .png is text, not a PNG, and is refused.</summary>
internal enum FileType
{
    Unknown,
    Jpeg,
    Png,
    Gif,
    Webp,
    Pdf,
    Docx,
    Xlsx,
}

internal static class FileSignature
{
    public static FileType Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileType.Jpeg;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileType.Png;
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return FileType.Gif;
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return FileType.Webp;
        }

        if (data.StartsWith("%PDF-"u8))
        {
            return FileType.Pdf;
        }

        return FileType.Unknown;
    }

    /// <summary>DOCX and XLSX are ZIP packages; which one is told by the part the package must have.</summary>
    public static FileType DetectOffice(byte[] data)
    {
        if (!data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return FileType.Unknown;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return FileType.Unknown;
            }

            return names.Contains("word/document.xml") ? FileType.Docx : names.Contains("xl/workbook.xml") ? FileType.Xlsx : FileType.Unknown;
        }
        catch (InvalidDataException)
        {
            return FileType.Unknown;
        }
    }

    public static bool IsImage(FileType type) => type is FileType.Jpeg or FileType.Png or FileType.Gif or FileType.Webp;

    public static string ContentType(FileType type) => type switch
    {
        FileType.Jpeg => "image/jpeg",
        FileType.Png => "image/png",
        FileType.Gif => "image/gif",
        FileType.Webp => "image/webp",
        FileType.Pdf => "application/pdf",
        FileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    public static string Extension(FileType type) => type switch
    {
        FileType.Jpeg => "jpg",
        FileType.Png or FileType.Gif => "png",
        FileType.Webp => "webp",
        FileType.Pdf => "pdf",
        FileType.Docx => "docx",
        FileType.Xlsx => "xlsx",
        _ => "bin",
    };
}
