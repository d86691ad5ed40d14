using Trygghet.Modules.Media.Contracts;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Which files a space may hold: the same documents Governance accepts on an agenda item, recognised
/// by extension and by content through Media's <see cref="FileKinds"/> (the one check every uploader uses), so a
/// renamed executable or archive is refused.</summary>
internal static class DocumentRules
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public static string AllowedList => FileKinds.Describe(FileKinds.Documents);

    /// <returns>The content type to serve the file with, or the problem.</returns>
    public static (string? ContentType, string? Problem) Check(string fileName, long size, byte[] content, long maxBytes)
    {
        if (HiddenCharacters.Contains(fileName))
        {
            return (null, "har ett namn med osynliga tecken eller tecken som vänder textriktningen");
        }

        if (size == 0)
        {
            return (null, "är tom");
        }

        if (size > maxBytes)
        {
            return (null, $"är för stor: högst {maxBytes / (1024 * 1024)} MB");
        }

        var (kind, problem) = FileKinds.Check(fileName, content, FileKinds.Documents);
        return problem is null ? (FileKinds.ContentType(kind), null) : (null, problem);
    }

    /// <summary>The name (NFC) without any directory part, control or hidden characters, for storage, display and Content-Disposition.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(HiddenCharacters.Normalize(fileName).Replace('\\', '/'));
        var clean = new string(name.Where(c => !char.IsControl(c) && !HiddenCharacters.IsHidden(c) && c != '"').ToArray()).Trim();
        return clean.Length == 0 ? "dokument" : clean[..Math.Min(clean.Length, 200)];
    }
}
