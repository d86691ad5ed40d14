using System.Globalization;

namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>Horizontal bars from zero: each category's name on its own line above its bar (so a long area name wraps
/// instead of squeezing the bars), the value at the bar's end, nice ticks with gridlines and the unit below.
/// Room for the value labels is kept on both sides of the plot, so a label never leaves the chart.</summary>
internal static class BarChartLayout
{
    public static ChartScene Build(IReadOnlyList<(string Label, decimal Value)> bars, string? unit, ChartSize size)
    {
        var f = size.FontSize;
        var scene = new ChartScene(size.Width);
        var values = bars.Select(b => (double)b.Value).ToList();
        var labels = bars.Select(b => SvgChart.Format(b.Value)).ToList();
        var positiveWidth = Widest(labels.Where((_, i) => values[i] >= 0), f);
        var negativeWidth = Widest(labels.Where((_, i) => values[i] < 0), f);
        var (axis, left, right) = Fit(values, positiveWidth, negativeWidth, size);
        double X(double value) => left + ((value - axis.Min) / (axis.Max - axis.Min) * (right - left));

        var top = 0.0;
        var barHeight = 1.5 * f;
        for (var i = 0; i < bars.Count; i++)
        {
            var barTop = scene.Paragraph(bars[i].Label, 0, top, f, size.Width) + 3;
            foreach (var tick in axis.Ticks)
            {
                scene.Line(X(tick), barTop - 2, X(tick), barTop + barHeight + 2, Math.Abs(tick) < 1e-12 ? "#505050" : "#d0d0d0");
            }

            var (from, to) = (Math.Min(X(0), X(values[i])), Math.Max(X(0), X(values[i])));
            scene.Shapes.Add(string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{from:0.#}\" y=\"{barTop:0.#}\" width=\"{to - from:0.#}\" height=\"{barHeight:0.#}\" fill=\"{ChartMarkers.Colour(0)}\"/>"));
            var baseline = barTop + (barHeight / 2) + (0.35 * f);
            scene.Texts.Add(values[i] >= 0
                ? new ChartText(X(values[i]) + 6, baseline, labels[i], f)
                : new ChartText(X(values[i]) - 6, baseline, labels[i], f, "end"));
            top = barTop + barHeight + (0.6 * f);
        }

        var tickBaseline = top + (TextMetrics.Ascent * f);
        foreach (var tick in axis.Ticks)
        {
            scene.Texts.Add(new ChartText(X(tick), tickBaseline, ChartScene.Number(tick, axis.Decimals), f, "middle"));
        }

        var bottom = tickBaseline + (TextMetrics.Descent * f);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            // The axis title under the ticks, as on a ruler.
            bottom = scene.Paragraph(unit, left, bottom + (0.3 * f), f, size.Width - left);
        }

        scene.Height = Math.Ceiling(bottom + 4);
        return scene;
    }

    /// <summary>The axis and the plot's left and right edges: as many ticks as fit with a gap between their labels,
    /// and room for the widest value label beside the longest bar on either side.</summary>
    private static (Axis Axis, double Left, double Right) Fit(IReadOnlyList<double> values, double positiveWidth, double negativeWidth, ChartSize size)
    {
        var f = size.FontSize;
        double min = values.Count == 0 ? 0 : values.Min(), max = values.Count == 0 ? 1 : values.Max();
        for (var target = 6; ; target--)
        {
            var axis = NiceScale.For(min, max, target, includeZero: true);
            var ticks = axis.Ticks.Select(t => TextMetrics.Width(ChartScene.Number(t, axis.Decimals), f)).ToList();
            var left = Math.Ceiling(Math.Max(negativeWidth > 0 ? negativeWidth + 8 : 0, (ticks[0] / 2) + 1));
            var right = Math.Floor(size.Width - Math.Max(positiveWidth + 8, (ticks[^1] / 2) + 1));
            var spacing = (right - left) / Math.Max(1, ticks.Count - 1);
            if (target == 1 || spacing >= ticks.Max() + (0.8 * f))
            {
                return (axis, left, right);
            }
        }
    }

    private static double Widest(IEnumerable<string> texts, double f) => texts.Select(t => TextMetrics.Width(t, f)).DefaultIfEmpty(0).Max();
}
