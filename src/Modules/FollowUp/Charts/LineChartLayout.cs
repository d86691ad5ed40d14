namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>One series of a line chart: its name and its value per year.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyDictionary<int, decimal> Values);

/// <summary>Lines over years: the unit above the plot, nice ticks with gridlines on a scale fitted to the data, the
/// years below (thinned when they would touch), and each series named at its end, nudged apart so no two names touch.
/// When the names cannot fit beside the plot, or not without overlapping, a legend below the chart takes their place.</summary>
internal static class LineChartLayout
{
    public static ChartScene Build(IReadOnlyList<int> years, IReadOnlyList<ChartSeries> series, string? unit, ChartSize size)
    {
        var f = size.FontSize;
        var scene = new ChartScene(size.Width);
        var values = series.SelectMany(s => s.Values.Values).Select(v => (double)v).ToList();
        double min = values.Count == 0 ? 0 : values.Min(), max = values.Count == 0 ? 1 : values.Max();
        var includeZero = NiceScale.LineIncludesZero(min, max);
        (min, max) = includeZero ? (min, max) : NiceScale.Widen(min, max);
        var axis = NiceScale.For(min, max, Math.Clamp((int)(size.PlotHeight / (3.5 * f)), 3, 5), includeZero);

        var unitBottom = string.IsNullOrWhiteSpace(unit) ? 0 : scene.Paragraph(unit, 0, 0, f, size.Width);
        var plotTop = unitBottom + (0.6 * f) + 2;
        var plotBottom = plotTop + size.PlotHeight;
        var tickLabels = axis.Ticks.Select(t => (Value: t, Text: ChartScene.Number(t, axis.Decimals))).ToList();
        var yearWidth = years.Count == 0 ? 0 : years.Max(y => TextMetrics.Width(Year(y), f));
        var plotLeft = Math.Ceiling(Math.Max(tickLabels.Max(t => TextMetrics.Width(t.Text, f)) + 6, (yearWidth / 2) + 1));

        var ends = series.Where(s => s.Values.Count > 0).Select(s => EndLabel(s, years)).ToList();
        var endWidth = ends.Count == 0 ? 0 : ends.Max(e => TextMetrics.Width(e, f));
        var labelRoom = 8 + endWidth + 1;
        var direct = labelRoom <= size.Width * 0.42;
        var plotRight = Math.Floor(size.Width - (direct ? labelRoom : (yearWidth / 2) + 2));

        double X(int year) => years.Count <= 1 ? (plotLeft + plotRight) / 2 : plotLeft + ((plotRight - plotLeft) * Index(years, year) / (years.Count - 1));
        double Y(double value) => plotBottom - ((value - axis.Min) / (axis.Max - axis.Min) * size.PlotHeight);

        foreach (var (value, text) in tickLabels)
        {
            scene.Line(plotLeft, Y(value), plotRight, Y(value), Math.Abs(value) < 1e-12 ? "#505050" : "#d0d0d0");
            scene.Texts.Add(new ChartText(plotLeft - 6, Y(value) + (0.35 * f), text, f, "end"));
        }

        var yearBaseline = plotBottom + (0.65 * f) + 4 + (TextMetrics.Ascent * f);
        foreach (var i in ShownYears(years.Count, years.Count <= 1 ? double.MaxValue : (plotRight - plotLeft) / (years.Count - 1), yearWidth + (0.8 * f)))
        {
            scene.Texts.Add(new ChartText(X(years[i]), yearBaseline, Year(years[i]), f, "middle"));
        }

        var points = series.Select(s => years.Where(s.Values.ContainsKey).Select(y => (X: X(y), Y: Y((double)s.Values[y]))).ToList()).ToList();
        for (var i = 0; i < series.Count; i++)
        {
            DrawSeries(scene, i, points[i]);
        }

        var bottom = yearBaseline + (TextMetrics.Descent * f);
        var drawn = series.Select((s, i) => (Series: s, Points: points[i], Index: i)).Where(s => s.Points.Count > 0).ToList();
        var placed = direct
            ? LabelPlacement.Spread(drawn.Select(d => d.Points[^1].Y + (0.35 * f)).ToList(), TextMetrics.LineGap * f, unitBottom + 2 + (TextMetrics.Ascent * f), plotBottom + (0.35 * f))
            : null;
        if (placed is not null)
        {
            for (var k = 0; k < drawn.Count; k++)
            {
                var last = drawn[k].Points[^1];
                if (Math.Abs(placed[k] - (0.35 * f) - last.Y) > 2 || last.X < plotRight - 1)
                {
                    scene.Line(last.X + 6, last.Y, plotRight + 6, placed[k] - (0.35 * f), "#505050");
                }

                scene.Texts.Add(new ChartText(plotRight + 8, placed[k], ends[k], f));
            }
        }
        else
        {
            bottom = Legend(scene, drawn.Select((d, k) => (d.Index, ends[k])).ToList(), bottom + f, f);
        }

        scene.Height = Math.Ceiling(bottom + 4);
        return scene;
    }

    /// <summary>A marker and the series' name with its last value, one entry a line (wrapped when long).</summary>
    private static double Legend(ChartScene scene, IReadOnlyList<(int Series, string Text)> entries, double top, double f)
    {
        var bottom = top;
        foreach (var (series, text) in entries)
        {
            var entryBottom = scene.Paragraph(text, 18, bottom, f, scene.Width - 18);
            scene.Shapes.Add(ChartMarkers.Marker(series, 7, bottom + ((TextMetrics.Ascent - 0.35) * f)));
            bottom = entryBottom + (0.3 * f);
        }

        return bottom;
    }

    private static void DrawSeries(ChartScene scene, int series, IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count > 1)
        {
            scene.Shapes.Add(ChartMarkers.Polyline(series, points));
        }

        foreach (var (x, y) in points)
        {
            scene.Shapes.Add(ChartMarkers.Marker(series, x, y));
        }
    }

    /// <summary>Every year when there is room; otherwise every k-th, counted back from the last so the latest year is
    /// always named.</summary>
    private static IEnumerable<int> ShownYears(int count, double spacing, double needed)
    {
        var every = Math.Max(1, (int)Math.Ceiling(needed / spacing));
        return Enumerable.Range(0, count).Where(i => (count - 1 - i) % every == 0);
    }

    private static string EndLabel(ChartSeries series, IReadOnlyList<int> years)
    {
        var lastYear = series.Values.Keys.Max();
        var text = $"{series.Name} {SvgChart.Format(series.Values[lastYear])}";
        return years.Count > 0 && lastYear != years[^1] ? $"{text} ({Year(lastYear)})" : text;
    }

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Index(IReadOnlyList<int> years, int year)
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
}
