using System.Buffers;
using System.Globalization;
using System.Text;

namespace Trygghet.Portal.Core.OpenData;

/// <summary>The portal's one CSV writer: open data, the audit log, attendance, the KF report and the back-office
/// exports all write through it. RFC 4180 (comma-separated, CRLF line ends), dates in ISO 8601, numbers with a
/// decimal point whatever the server's culture, and safe to open in a spreadsheet (OWASP "CSV injection").</summary>
public static class OpenDataCsv
{
    /// <summary>Characters that make a field quoted. Not only RFC 4180's comma, quote and line breaks: Excel in a
    /// Swedish locale splits on <c>;</c>, and tab-splitting is a paste away, so an unquoted <c>x;=1+1</c> would
    /// become a cell of its own that starts with <c>=</c>.</summary>
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",;\t\"\r\n");

    public static string Write<T>(IEnumerable<T> rows, IReadOnlyList<OpenDataColumn<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var csv = new StringBuilder();
        AppendLine(csv, columns.Select(c => Field(c.Name)));
        foreach (var row in rows)
        {
            AppendLine(csv, columns.Select(c => Format(c.Value(row))));
        }

        return csv.ToString();
    }

    /// <summary>One text field as it appears in the file: defused, then quoted when it needs it.</summary>
    public static string Field(string? text) => Quote(Defuse(text ?? ""));

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields);
        csv.Append("\r\n");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTimeOffset time => time.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        // Numbers are written by the portal, not typed by people; "-3" stays a number.
        IFormattable formattable => Quote(formattable.ToString(null, CultureInfo.InvariantCulture)),
        string text => Field(text),
        _ => Field(value.ToString()),
    };

    /// <summary>Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP: =, +, -, @, tab,
    /// CR; also LF and the full-width forms that East Asian spreadsheets treat the same way).</summary>
    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '＝' or '＋' or '－' or '＠' ? "'" + text : text;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
