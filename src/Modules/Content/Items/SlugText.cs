using System.Globalization;
using System.Text;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Content.Items;

/// <summary>Makes a readable slug from a Swedish title: "Tryggare kväll på Ågatan" → "tryggare-kvall-pa-agatan".
/// å, ä and ö become a, a and o (as in the portal's other addresses, e.g. /atgardsplan), other accents are dropped,
/// everything that is not a letter or digit becomes a single hyphen.</summary>
internal static class SlugText
{
    public static string From(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // å → a + ring, ä → a + diaeresis, é → e + acute: the mark goes
            }

            var mapped = c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'ß' => "ss",
                _ when c is (>= 'a' and <= 'z') or (>= '0' and <= '9') => c.ToString(),
                _ => "-",
            };
            if (mapped == "-" && (builder.Length == 0 || builder[^1] == '-'))
            {
                continue;
            }

            builder.Append(mapped);
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > Slug.MaxLength)
        {
            slug = slug[..Slug.MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "innehall" : slug;
    }

    /// <summary>"slug", then "slug-2", "slug-3" … until <paramref name="taken"/> says no.</summary>
    public static async Task<string> UniqueAsync(string slug, Func<string, Task<bool>> taken)
    {
        if (!await taken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = (slug.Length + suffix.Length > Slug.MaxLength ? slug[..(Slug.MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
            if (!await taken(candidate))
            {
                return candidate;
            }
        }
    }
}
