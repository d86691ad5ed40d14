using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Trygghet.Portal.Core.Text;

/// <summary>Characters that change how text looks without being seen: bidirectional controls (a right-to-left
/// override shows "rtl‮exe.pdf" as "rtlfdp.exe") and zero-width characters (two addresses that look the same, a
/// password that is "empty"). Input that names something — file names, e-mail addresses — is NFC-normalised and
/// refused when it holds any of them, with a message naming the field; a password must have a visible character.</summary>
public static class HiddenCharacters
{
    /// <summary>The end of a sentence that starts with the field's name, for messages.</summary>
    public const string Problem = "får inte innehålla osynliga tecken eller tecken som vänder textriktningen";

    /// <summary>U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates), U+200E/U+200F and U+061C (marks),
    /// U+200B–U+200D (zero-width space, non-joiner, joiner), U+2060 (word joiner), U+FEFF (zero-width no-break space).</summary>
    public static bool IsHidden(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or '\u200E' or '\u200F' or '\u061C' or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    public static bool Contains(string? value) => value is not null && value.Any(IsHidden);

    /// <summary>NFC, so that "å" typed as a + ring and as one character is one and the same text.</summary>
    public static string Normalize(string value) => value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);

    /// <summary>The text with every hidden character removed, for showing a refused value back without its trick.</summary>
    public static string Strip(string value) => Contains(value) ? new string(value.Where(c => !IsHidden(c)).ToArray()) : value;

    /// <summary>True when nothing of <paramref name="value"/> would be seen: only white space, hidden characters and
    /// other invisible formatting (Unicode category Cf).</summary>
    public static bool IsInvisible(string? value) =>
        string.IsNullOrEmpty(value) || value.All(c => char.IsWhiteSpace(c) || IsHidden(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
}

/// <summary>Refuses a value with <see cref="HiddenCharacters"/> in it; the message names the field ({0}).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class NoHiddenCharactersAttribute : ValidationAttribute
{
    public NoHiddenCharactersAttribute()
        : base("{0} " + HiddenCharacters.Problem + ".")
    {
    }

    public override bool IsValid(object? value) => value is not string text || !HiddenCharacters.Contains(text);
}
