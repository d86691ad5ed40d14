using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>Server-rendered SVG charts (no JavaScript, no inline CSS: the CSP forbids both). Every chart has
/// role="img" with a title and a description naming each value, and every bar or point carries its value as text,
/// so nothing is told by colour alone; the pages put the data table beside the chart.</summary>
internal static class SvgChart
{
    /// <summary>Dark enough for 3:1 against white (WCAG 1.4.11), and told apart by their labels as well.</summary>
    private static readonly string[] Colours = ["#00507a", "#6b3fa0", "#8a4b00", "#2f6b2f", "#a3003c", "#4a4a4a"];

    /// <summary>A decorative progress bar (the percentage is written beside it as text).</summary>
    public static IHtmlContent ProgressBar(int progress)
    {
        var width = Math.Clamp(progress, 0, 100);
        return new HtmlString(
            $"<svg class=\"progress-bar\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">" +
            $"<rect x=\"0\" y=\"0\" width=\"100\" height=\"8\" fill=\"#ffffff\" stroke=\"#767676\" stroke-width=\"1\"/>" +
            $"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"8\" fill=\"#00507a\"/></svg>");
    }

    /// <summary>Horizontal bars, one per (label, value), on a common scale from zero.</summary>
    public static IHtmlContent Bars(string id, string title, IReadOnlyList<(string Label, decimal Value)> bars, string? unit)
    {
        var svg = new StringBuilder();
        const int rowHeight = 34, labelWidth = 150, barWidth = 300, right = 110;
        var height = (bars.Count * rowHeight) + 10;
        var max = bars.Count == 0 ? 1m : Math.Max(bars.Max(b => Math.Abs(b.Value)), 0.0001m);
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {Format(b.Value)}{Unit(unit)}"));
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {labelWidth + barWidth + right} {height}\" width=\"100%\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = 5 + (i * rowHeight);
            var w = (double)(Math.Abs(value) / max) * barWidth;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 19}\" text-anchor=\"end\" font-size=\"14\" fill=\"#1b1b1b\">{E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"22\" fill=\"{Colours[i % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 19}\" font-size=\"14\" fill=\"#1b1b1b\">{E(Format(value) + Unit(unit))}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Lines over years, one per series, each with its own marker shape and its name written at its last
    /// point, so the series are told apart without colour. Values are written at every point.</summary>
    public static IHtmlContent Lines(string id, string title, IReadOnlyList<int> years, IReadOnlyList<(string Name, IReadOnlyDictionary<int, decimal> Values)> series, string? unit)
    {
        var svg = new StringBuilder();
        const int left = 50, top = 20, plotWidth = 420, plotHeight = 200, right = 170, bottom = 40;
        var all = series.SelectMany(s => s.Values.Values).ToList();
        var max = all.Count == 0 ? 1m : all.Max();
        var min = Math.Min(0m, all.Count == 0 ? 0m : all.Min());
        if (max == min)
        {
            max = min + 1;
        }

        double X(int year) => years.Count <= 1 ? left + (plotWidth / 2.0) : left + (plotWidth * (IndexOf(years, year) / (double)(years.Count - 1)));
        double Y(decimal value) => top + plotHeight - (plotHeight * (double)((value - min) / (max - min)));
        var description = string.Join(". ", series.Select(s => $"{s.Name}: " + string.Join(", ", years.Where(s.Values.ContainsKey).Select(y => $"{y} {Format(s.Values[y])}{Unit(unit)}"))));
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {left + plotWidth + right} {top + plotHeight + bottom}\" width=\"100%\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{left + plotWidth}\" y2=\"{top + plotHeight}\" stroke=\"#767676\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{Y(max) + 5:0.#}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">{E(Format(max))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{Y(min) + 5:0.#}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">{E(Format(min))}</text>");
        foreach (var year in years)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(year):0.#}\" y=\"{top + plotHeight + 22}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">{year}</text>");
        }

        for (var i = 0; i < series.Count; i++)
        {
            var (name, values) = series[i];
            var colour = Colours[i % Colours.Length];
            var points = years.Where(values.ContainsKey).Select(y => (X: X(y), Y: Y(values[y]), Value: values[y])).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" points=\"{string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))}\"/>");
            foreach (var p in points)
            {
                svg.Append(Marker(i, p.X, p.Y, colour));
            }

            var last = points[^1];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{last.X + 10:0.#}\" y=\"{last.Y + 4 + (i * 3):0.#}\" font-size=\"12\" fill=\"#1b1b1b\">{E($"{name} {Format(last.Value)}{Unit(unit)}")}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Marker(int series, double x, double y, string colour) => (series % 4) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4.5\" fill=\"{colour}\"/>"),
        1 => string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x - 4:0.#}\" y=\"{y - 4:0.#}\" width=\"8\" height=\"8\" fill=\"{colour}\"/>"),
        2 => string.Create(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y - 5:0.#} {x + 5:0.#},{y + 4:0.#} {x - 5:0.#},{y + 4:0.#}\" fill=\"{colour}\"/>"),
        _ => string.Create(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y - 5:0.#} {x + 5:0.#},{y:0.#} {x:0.#},{y + 5:0.#} {x - 5:0.#},{y:0.#}\" fill=\"{colour}\"/>"),
    };

    private static int IndexOf(IReadOnlyList<int> years, int year)
    {
        for (var i = 0; i < years.Count; i++)
        {
            if (years[i] == year)
            {
                return i;
            }
        }

        return 0;
    }

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("sv-SE"));

    private static string Unit(string? unit) => string.IsNullOrWhiteSpace(unit) ? string.Empty : (unit == "%" ? " %" : " " + unit);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
