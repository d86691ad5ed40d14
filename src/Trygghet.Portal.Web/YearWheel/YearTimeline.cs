using System.Globalization;
using Trygghet.Portal.Core.YearWheel;

namespace Trygghet.Portal.Web.YearWheel;

/// <summary>The geometry of the årshjul drawn as a year timeline: twelve month columns, one row (track) per kind of
/// work, a bar for each period and a mark for each day. Each row's name is written on its own line above the row, so
/// the same geometry serves the narrow drawing (288 units, font 13, month initials) and the wide one (720 units,
/// font 14, month abbreviations) — as the charts do (ADR 0028): one drawing scaled to every width cannot keep text
/// readable at 320 px. Plain code, so the layout can be tested without a browser.</summary>
internal sealed class YearTimeline
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Dark enough for white text on a bar (≥ 4.5:1) and for a mark against white (≥ 3:1).</summary>
    private static readonly string[] Palette = ["#00507a", "#1e5b1e", "#6b3fa0", "#8a4b08", "#00606b", "#a3234b"];

    private YearTimeline(double width, double height, double fontSize, IReadOnlyList<Shape> shapes)
    {
        Width = width;
        Height = height;
        FontSize = fontSize;
        Shapes = shapes;
    }

    public double Width { get; }

    public double Height { get; }

    public double FontSize { get; }

    public IReadOnlyList<Shape> Shapes { get; }

    public string ViewBox => $"0 0 {N(Width)} {N(Height)}";

    public static YearTimeline Narrow(int year, IReadOnlyList<YearWheelEntry> entries, DateOnly today) =>
        Layout(year, entries, today, width: 288, fontSize: 13, monthName: m => Month(year, m)[..1].ToUpper(Swedish));

    public static YearTimeline Wide(int year, IReadOnlyList<YearWheelEntry> entries, DateOnly today) =>
        Layout(year, entries, today, width: 720, fontSize: 14, monthName: m => Month(year, m)[..3]);

    /// <summary>The tracks in order, each with its entries; the list beside the drawing uses the same order.</summary>
    public static IReadOnlyList<(string Track, IReadOnlyList<YearWheelEntry> Entries)> Tracks(IEnumerable<YearWheelEntry> entries) =>
        entries.GroupBy(e => (e.TrackOrder, e.Track))
            .OrderBy(g => g.Key.TrackOrder).ThenBy(g => g.Key.Track, StringComparer.Create(Swedish, ignoreCase: true))
            .Select(g => (g.Key.Track, (IReadOnlyList<YearWheelEntry>)g.OrderBy(e => e.From).ThenBy(e => e.To).ToList()))
            .ToList();

    private static YearTimeline Layout(int year, IReadOnlyList<YearWheelEntry> entries, DateOnly today, double width, double fontSize, Func<int, string> monthName)
    {
        const double side = 4;
        var left = side;
        var right = width - side;
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        double X(DateOnly day) => left + ((day.DayOfYear - 1) / (double)days * (right - left));
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var line = Math.Ceiling(fontSize * 1.4);
        var band = Math.Ceiling(fontSize * 1.6);
        var shapes = new List<Shape>();

        // The month header, and the month columns shaded alternately behind every row.
        var top = line + 4;
        var tracks = Tracks(entries);
        var rows = tracks.Select(t => Lanes(t.Entries)).ToList();
        var height = top + rows.Sum(r => line + (r.Count * (band + 4))) + 8;
        for (var m = 1; m <= 12; m++)
        {
            var x0 = X(new DateOnly(year, m, 1));
            var x1 = m == 12 ? right : X(new DateOnly(year, m + 1, 1));
            if (m % 2 == 0)
            {
                shapes.Add(new Rect(x0, top, x1 - x0, height - top - 4, "#f3f6f8", null));
            }

            shapes.Add(new Text((x0 + x1) / 2, line - 4, monthName(m), "middle", "#4a4a4a", Bold: false));
        }

        var y = top;
        for (var i = 0; i < tracks.Count; i++)
        {
            var colour = Palette[i % Palette.Length];
            shapes.Add(new Text(left, y + line - 4, Fit(tracks[i].Track, right - left, fontSize), "start", "#1b1b1b", Bold: true));
            y += line;
            foreach (var lane in rows[i])
            {
                foreach (var entry in lane)
                {
                    var from = entry.From < first ? first : entry.From;
                    var to = entry.To > last ? last : entry.To;
                    if (entry.IsDay)
                    {
                        // Kept inside the drawing: a deadline on 31 December would otherwise be cut in half at the edge.
                        var radius = band / 3;
                        var x = Math.Clamp(X(from) + ((right - left) / days / 2), left + radius + 1, right - radius - 1);
                        shapes.Add(new Mark(x, y + (band / 2), radius, entry.Attention ? "#b00020" : colour, entry.Attention));
                        continue;
                    }

                    var x0 = X(from);
                    var x1 = to == last ? right : X(to.AddDays(1));
                    shapes.Add(new Rect(x0, y, Math.Max(x1 - x0, 2), band, colour, 3));
                    // The title inside the bar when it fits; the list beside the drawing always has it.
                    if (TextWidth(entry.Title, fontSize) + 8 <= x1 - x0)
                    {
                        shapes.Add(new Text(x0 + 4, y + (band / 2) + (fontSize * 0.35), entry.Title, "start", "#ffffff", Bold: false));
                    }
                }

                y += band + 4;
            }
        }

        if (today.Year == year)
        {
            var x = X(today) + ((right - left) / days / 2);
            shapes.Add(new Line(x, top - 2, x, height - 4, "#1b1b1b"));
        }

        return new YearTimeline(width, height, fontSize, shapes);
    }

    /// <summary>Entries of one track in as few lanes as let no two of them overlap (two plans, say).</summary>
    private static List<List<YearWheelEntry>> Lanes(IReadOnlyList<YearWheelEntry> entries)
    {
        var lanes = new List<List<YearWheelEntry>>();
        foreach (var entry in entries)
        {
            // Days share a lane: marks a few days apart may touch, and the list says what each is.
            var lane = lanes.FirstOrDefault(l => entry.IsDay ? l.All(e => e.IsDay || e.To < entry.From || e.From > entry.To) : l.All(e => e.To < entry.From || e.From > entry.To));
            if (lane is null)
            {
                lanes.Add(lane = []);
            }

            lane.Add(entry);
        }

        return lanes.Count == 0 ? [[]] : lanes;
    }

    /// <summary>Wide side of common sans-serif fonts (about 0.6 em a character), so an estimate never overflows.</summary>
    internal static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.6;

    private static string Fit(string text, double width, double fontSize)
    {
        var max = (int)(width / (fontSize * 0.6));
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, Math.Max(max - 1, 1)), "…");
    }

    private static string Month(int year, int month) => new DateTime(year, month, 1).ToString("MMMM", Swedish);

    internal static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    internal abstract record Shape;

    internal sealed record Rect(double X, double Y, double Width, double Height, string Fill, double? Radius) : Shape;

    internal sealed record Text(double X, double Y, string Value, string Anchor, string Fill, bool Bold) : Shape;

    /// <summary>A day: a filled circle, or a ring around it when something is late (the list says so in words).</summary>
    internal sealed record Mark(double X, double Y, double Radius, string Fill, bool Attention) : Shape;

    internal sealed record Line(double X1, double Y1, double X2, double Y2, string Stroke) : Shape;
}
