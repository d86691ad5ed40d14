namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Limits of what members write.</summary>
internal static class SpaceRules
{
    public const int TitleLength = 300;
    public const int BodyLength = 8000;

    /// <summary>Words under /samverkan that are pages, not spaces.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "inbjudan" };

    public static string? CheckTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "måste anges"
        : title.Trim().Length > TitleLength ? $"får vara högst {TitleLength} tecken"
        : null;

    public static string? CheckBody(string? body) =>
        string.IsNullOrWhiteSpace(body) ? "måste anges"
        : body.Length > BodyLength ? $"får vara högst {BodyLength} tecken"
        : null;
}
