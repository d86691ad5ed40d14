using System.Text;

namespace Trygghet.Modules.FollowUp.Transfer;

/// <summary>RFC 4180 CSV, read by hand: comma-separated, fields optionally in double quotes (a quote inside doubled),
/// CRLF or LF line ends, line breaks allowed inside quotes. Each record knows the line it starts on, for error messages.</summary>
internal static class CsvReader
{
    internal sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <returns>The records, or the line of a quote that is never closed or is followed by other text.</returns>
    public static (IReadOnlyList<Record> Records, string? Problem) Read(string text)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        var quoted = false;
        var afterQuote = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    if (!(fields.Count == 1 && fields[0].Length == 0))
                    {
                        records.Add(new Record(recordLine, fields.ToList()));
                    }

                    fields.Clear();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (afterQuote)
                    {
                        return (records, $"Rad {line}: text efter ett citattecken som avslutar ett fält.");
                    }

                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            return (records, $"Rad {recordLine}: ett citattecken avslutas aldrig.");
        }

        if (field.Length > 0 || fields.Count > 0 || afterQuote)
        {
            fields.Add(field.ToString());
            records.Add(new Record(recordLine, fields.ToList()));
        }

        return (records, null);
    }
}
