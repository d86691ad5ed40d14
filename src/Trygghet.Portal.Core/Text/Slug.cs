namespace Trygghet.Portal.Core.Text;

/// <summary>Readable URL segments (urls.md): lower-case a–z, digits and single hyphens inside.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength }
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);
}
