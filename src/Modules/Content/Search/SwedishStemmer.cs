namespace Trygghet.Modules.Content.Search;

/// <summary>A small Swedish suffix stemmer after the Snowball algorithm's three steps: inflections share a stem, so
/// "åtgärd", "åtgärder", "åtgärden" and "åtgärderna" all become "åtgärd". Suffixes are only removed inside R1 (after
/// the first non-vowel that follows a vowel, and never from the first three letters), so short words stay whole.</summary>
internal static class SwedishStemmer
{
    private const string Vowels = "aeiouyäåö";

    private static readonly string[] Step1 =
    [
        "heterna", "hetens", "anden", "andes", "andet", "arens", "arnas", "ernas", "heten", "heter", "ornas",
        "ades", "ande", "arna", "arne", "aren", "aste", "erna", "erns", "orna",
        "ade", "are", "ast", "ens", "ern", "het",
        "ad", "ar", "as", "at", "en", "er", "es", "or",
        "a", "e",
    ];

    private static readonly string[] Step2 = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"];

    public static string Stem(string word)
    {
        if (word.Length < 4)
        {
            return word;
        }

        var r1 = R1(word);
        var removed = false;
        foreach (var suffix in Step1)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= r1)
            {
                word = word[..^suffix.Length];
                removed = true;
                break;
            }
        }

        // A final s goes after the letters Snowball lists (trygghetens → trygghet is step 1's "ens"; hus stays hus).
        if (!removed && word.EndsWith('s') && word.Length - 1 >= r1 && "bcdfghjklmnoprtvy".Contains(word[^2], StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        foreach (var pair in Step2)
        {
            // The whole pair must lie in R1 (PostgreSQL's swedish configuration keeps "brott" and "innerstad").
            if (word.EndsWith(pair, StringComparison.Ordinal) && word.Length - pair.Length >= r1)
            {
                word = word[..^1];
                break;
            }
        }

        foreach (var suffix in new[] { "lig", "ig", "els" })
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= r1)
            {
                return word[..^suffix.Length];
            }
        }

        if (word.EndsWith("löst", StringComparison.Ordinal) || word.EndsWith("fullt", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>Where R1 starts: after the first non-vowel following a vowel, but at least at 3.</summary>
    private static int R1(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!Vowels.Contains(word[i], StringComparison.Ordinal) && Vowels.Contains(word[i - 1], StringComparison.Ordinal))
            {
                return Math.Max(3, i + 1);
            }
        }

        return word.Length;
    }
}
