using System.Globalization;

namespace Trygghet.Modules.Governance.Meetings;

internal static class AttachmentText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>"240 kB", "1,5 MB": the size as a reader judges a download.</summary>
    public static string Size(long bytes) =>
        bytes < 1024 * 1024
            ? $"{Math.Max(1, (int)Math.Round(bytes / 1024.0)).ToString(Swedish)} kB"
            : $"{(bytes / (1024.0 * 1024.0)).ToString("0.#", Swedish)} MB";
}
