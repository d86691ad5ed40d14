using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>Server-rendered SVG charts (no JavaScript, no inline CSS: the CSP forbids both). Every chart has
/// role="img" with a title and a description naming each value, and its values are written as text, so nothing is
/// told by colour alone; the pages put the data table beside the chart. Each chart is drawn twice, for a narrow and a
/// wide column (<see cref="ChartSize"/>), and the theme shows the one that fits, so its text is never below 12 CSS px.
/// The geometry is in <see cref="LineChartLayout"/> and <see cref="BarChartLayout"/>.</summary>
internal static class SvgChart
{
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
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {Format(b.Value)}{Unit(unit)}"));
        return Figure(id, title, description, size => BarChartLayout.Build(bars, unit, size));
    }

    /// <summary>Lines over years, one per series, each with its own colour, dash and marker shape and its name written
    /// at its end (or in a legend when the names do not fit beside the plot).</summary>
    public static IHtmlContent Lines(string id, string title, IReadOnlyList<int> years, IReadOnlyList<(string Name, IReadOnlyDictionary<int, decimal> Values)> series, string? unit)
    {
        var description = string.Join(". ", series.Select(s => $"{s.Name}: " + string.Join(", ", years.Where(s.Values.ContainsKey).Select(y => $"{y} {Format(s.Values[y])}{Unit(unit)}"))));
        var chartSeries = series.Select(s => new ChartSeries(s.Name, s.Values)).ToList();
        return Figure(id, title, description, size => LineChartLayout.Build(years, chartSeries, unit, size));
    }

    private static HtmlString Figure(string id, string title, string description, Func<ChartSize, ChartScene> layout)
    {
        var html = new StringBuilder("<div class=\"chart-figure\">");
        foreach (var size in ChartSize.All)
        {
            Render(html, $"{id}-{size.Name}", $"chart chart-{size.Name}", title, description, layout(size));
        }

        return new HtmlString(html.Append("</div>").ToString());
    }

    private static void Render(StringBuilder svg, string id, string cssClass, string title, string description, ChartScene scene)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {scene.Width:0.#} {scene.Height:0.#}\" width=\"100%\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        foreach (var shape in scene.Shapes)
        {
            svg.Append(shape);
        }

        foreach (var text in scene.Texts)
        {
            var anchor = text.Anchor == "start" ? string.Empty : $" text-anchor=\"{text.Anchor}\"";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{text.X:0.#}\" y=\"{text.Y:0.#}\"{anchor} font-size=\"{text.FontSize:0.#}\" fill=\"#1b1b1b\">{E(text.Text)}</text>");
        }

        svg.Append("</svg>");
    }

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("sv-SE"));

    private static string Unit(string? unit) => string.IsNullOrWhiteSpace(unit) ? string.Empty : (unit == "%" ? " %" : " " + unit);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
