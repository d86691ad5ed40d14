namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>How much room a text needs, estimated without a font engine. The estimate is on the wide side of common
/// sans-serif fonts (DejaVu Sans, Segoe UI, Roboto), so a label given this room does not clip; the browser test measures
/// the real rendering.</summary>
internal static class TextMetrics
{
    /// <summary>Above the baseline (ascenders and accents: Å, Ä, Ö).</summary>
    public const double Ascent = 0.95;

    /// <summary>Below the baseline (descenders: g, j, p).</summary>
    public const double Descent = 0.3;

    /// <summary>The least distance between two baselines that keeps two lines' boxes apart.</summary>
    public const double LineGap = Ascent + Descent + 0.1;

    public static double Width(string text, double fontSize) => text.Sum(CharWidth) * fontSize;

    private static double CharWidth(char c) => c switch
    {
        ' ' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'i' or 'j' or 'l' or '\u00a0' or '\u202f' => 0.34,
        'f' or 't' or 'r' or 'I' or 'J' or '(' or ')' or '[' or ']' or '/' or '-' => 0.45,
        'm' or 'w' or 'M' or 'W' or '%' => 1.0,
        '–' or '−' or '+' or '=' => 0.86,
        >= '0' and <= '9' => 0.66,
        _ when char.IsUpper(c) => 0.8,
        _ => 0.64,
    };

    /// <summary>Breaks a text into lines no wider than <paramref name="width"/>, at spaces where it can and inside a
    /// word only when the word alone is too wide, so nothing is ever cut off.</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate, fontSize) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (Width(line, fontSize) > width && line.Length > 1)
            {
                var fit = FittingPrefix(line, fontSize, width);
                lines.Add(line[..fit]);
                line = line[fit..];
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static int FittingPrefix(string word, double fontSize, double width)
    {
        var n = 1;
        while (n < word.Length && Width(word[..(n + 1)], fontSize) <= width)
        {
            n++;
        }

        return n;
    }
}
