using System.Globalization;
using System.Text;

namespace Trygghet.Portal.Core.OpenData;

/// <summary>RFC 4180 CSV for the open-data lists: comma-separated, CRLF line ends, fields quoted when
/// they need it, dates in ISO 8601, numbers with a decimal point whatever the server's culture.</summary>
public static class OpenDataCsv
{
    public static string Write<T>(IEnumerable<T> rows, IReadOnlyList<OpenDataColumn<T>> columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var csv = new StringBuilder();
        AppendLine(csv, columns.Select(c => c.Name));
        foreach (var row in rows)
        {
            AppendLine(csv, columns.Select(c => Format(c.Value(row))));
        }

        return csv.ToString();
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTimeOffset time => time.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string text => Defuse(text),
        _ => Defuse(value.ToString() ?? ""),
    };

    /// <summary>Text that a spreadsheet would run as a formula (OWASP "CSV injection") gets a leading
    /// apostrophe; the lists carry titles written by people, and they are opened in Excel.</summary>
    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
