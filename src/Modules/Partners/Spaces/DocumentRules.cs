namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Which files a space may hold: the same documents Governance accepts on an agenda item, recognised
/// by extension and by their first bytes, so a renamed executable is refused. A copy of Governance's rules
/// rather than a shared one, because module internals are not shared (architecture tests).</summary>
internal static class DocumentRules
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    private static readonly Dictionary<string, (string ContentType, byte[] Signature)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        [".odt"] = ("application/vnd.oasis.opendocument.text", Zip),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", Zip),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
    };

    public static string AllowedList => "PDF, Word (docx), Excel (xlsx), PowerPoint (pptx), OpenDocument (odt, ods), PNG och JPEG";

    /// <returns>The content type to serve the file with, or the problem.</returns>
    public static (string? ContentType, string? Problem) Check(string fileName, long size, ReadOnlySpan<byte> head, long maxBytes)
    {
        if (size == 0)
        {
            return (null, "är tom");
        }

        if (size > maxBytes)
        {
            return (null, $"är för stor: högst {maxBytes / (1024 * 1024)} MB");
        }

        if (!Allowed.TryGetValue(Path.GetExtension(fileName), out var type))
        {
            return (null, $"har en filtyp som inte är tillåten; tillåtna är {AllowedList}");
        }

        return head.StartsWith(type.Signature) ? (type.ContentType, null) : (null, "stämmer inte med sin filändelse");
    }

    /// <summary>The name without any directory part or control characters, for storage and Content-Disposition.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        return clean.Length == 0 ? "dokument" : clean[..Math.Min(clean.Length, 200)];
    }
}
