using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Trygghet.Modules.FollowUp.Charts;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>The charts' geometry read back from the rendered SVG: every text's box (estimated from its position,
/// anchor, size and characters) stays inside the viewBox, touches no other text, and renders at 12 CSS px or more at
/// the narrowest width the theme shows that variant at; the y axis has nice ticks. On the demo's lägesbild and on data
/// made to break a naive layout.</summary>
public sealed class ChartGeometryTests
{
    private static readonly Dictionary<int, decimal> Flat = new() { [2025] = 1m };

    public static TheoryData<string> LineCases => new(Adversarial.Keys);

    [Fact]
    public async Task DemoSituation_EveryChartsTextFitsWithoutOverlap()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var (_, page) = await visitor.GetPageAsync("/lagesbild");

        var charts = page.QuerySelectorAll("svg.chart").ToList();
        Assert.True(charts.Count >= 8, $"{charts.Count} charts");
        Assert.Empty(charts.SelectMany(Problems));
    }

    [Theory]
    [MemberData(nameof(LineCases))]
    public void LineChart_OnAdversarialData_TextFitsWithoutOverlap(string name)
    {
        var (years, series, unit) = Adversarial[name];

        var svgs = Parse(SvgChart.Lines("t", name, years, series, unit).ToString()!);

        Assert.Equal(2, svgs.Count);
        Assert.Empty(svgs.SelectMany(Problems));
    }

    [Theory]
    [InlineData("Hela kommunen;118|Skäggetorp;126|Ryd;88")]
    [InlineData("Kvinnor;33|Män;18")]
    [InlineData("Ett mycket långt områdesnamn som inte får plats på en rad i ett smalt diagram;1234567|Kort;1")]
    [InlineData("Minskning;-12,5|Ökning;30|Oförändrat;0")]
    [InlineData("Alla negativa;-3|Lite negativ;-0,2")]
    [InlineData("Ensam;42")]
    public void BarChart_TextFitsWithoutOverlap(string data)
    {
        var bars = data.Split('|').Select(b => b.Split(';')).Select(p => (p[0], decimal.Parse(p[1], CultureInfo.GetCultureInfo("sv-SE")))).ToList();

        var svgs = Parse(SvgChart.Bars("t", "Staplar", bars, "per 1 000 invånare").ToString()!);

        Assert.Empty(svgs.SelectMany(Problems));
        foreach (var svg in svgs)
        {
            // Bars start at zero: the axis names 0, and every bar is drawn from the zero gridline.
            Assert.Contains("0", svg.QuerySelectorAll("text").Select(t => t.TextContent));
        }
    }

    [Fact]
    public void LineChart_AxisHasNiceTicksFittedToTheData_AndTheUnit()
    {
        var series = new List<(string, IReadOnlyDictionary<int, decimal>)> { ("Hela kommunen", new Dictionary<int, decimal> { [2021] = 118, [2022] = 121, [2025] = 109 }) };

        var wide = Parse(SvgChart.Lines("t", "Anmälda brott", [2021, 2022, 2025], series, "per 1 000 invånare").ToString()!)[1];

        var texts = wide.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Equal("per 1 000 invånare", texts[0]);
        // 109–121 is far from zero: the scale fits the data, in steps of 1, 2 or 5 × 10ⁿ, with a gridline at each tick.
        var ticks = texts.Skip(1).TakeWhile(t => t.Length < 4).Select(t => decimal.Parse(t, CultureInfo.InvariantCulture)).ToList();
        Assert.True(ticks.Count >= 4 && ticks[0] is > 0 and <= 109 && ticks[^1] >= 121, string.Join(", ", ticks));
        var step = ticks[1] - ticks[0];
        Assert.Contains(step, new[] { 1m, 2m, 5m, 10m, 20m });
        Assert.All(ticks.Zip(ticks.Skip(1)), p => Assert.Equal(step, p.Second - p.First));
        Assert.Equal(ticks.Count, wide.QuerySelectorAll("line").Count(l => l.GetAttribute("y1") == l.GetAttribute("y2")));
        Assert.Contains("Hela kommunen 109", texts);
    }

    [Theory]
    [InlineData(0, 118, 5, true, 0, 120, 20)]
    [InlineData(96, 126, 5, false, 95, 130, 5)]
    [InlineData(-12.5, 30, 4, true, -20, 30, 10)]
    [InlineData(0.12, 0.18, 4, false, 0.12, 0.18, 0.02)]
    [InlineData(42, 42, 4, false, 30, 55, 5)]
    [InlineData(0, 0, 4, true, 0, 1, 0.2)]
    public void NiceScale_ChoosesOneTwoOrFiveTimesAPowerOfTen(double min, double max, int target, bool zero, double lo, double hi, double step)
    {
        var axis = NiceScale.For(min, max, target, zero);

        Assert.Equal((lo, hi, step), (Math.Round(axis.Min, 9), Math.Round(axis.Max, 9), Math.Round(axis.Step, 9)));
    }

    [Fact]
    public void LabelPlacement_NudgesCloseLabelsApart_AndGivesUpWhenTheyCannotFit()
    {
        var placed = LabelPlacement.Spread([50, 50.5, 49.8], 16, 0, 200)!;

        Assert.True(placed.Order().Zip(placed.Order().Skip(1)).All(p => p.Second - p.First >= 16 - 1e-9));
        Assert.Null(LabelPlacement.Spread([10, 10, 10, 10], 16, 0, 40));
    }

    private static readonly Dictionary<string, (int[] Years, List<(string, IReadOnlyDictionary<int, decimal>)> Series, string? Unit)> Adversarial = new()
    {
        ["demo per område"] = ([2021, 2022, 2023, 2024, 2025], [
            ("Hela kommunen", Series(118, 121, 115, 112, 109)), ("Innerstaden", Series(165, 170, 158, 151, 147)), ("Skäggetorp", Series(142, 149, 144, 133, 126)),
            ("Ryd", Series(96, 99, 94, 92, 88)), ("Berga", Series(101, 104, 103, 97, 95))], "per 1 000 invånare"),
        ["nära värden"] = ([2021, 2022, 2023, 2024, 2025], [
            ("Hela kommunen", Series(50, 50, 50, 50, 50)), ("Skäggetorp", Series(50, 51, 50, 50.1m, 50.1m)), ("Berga", Series(49, 50, 50, 50, 50.2m)), ("Ryd", Series(50, 50, 50, 50, 49.9m))], "%"),
        ["långa namn"] = ([2024, 2025], [
            ("Hela kommunen utom de särskilt utsatta områdena", Series(10, 12)), ("Skäggetorp, Berga och Ryd tillsammans med omnejd", Series(11, 12))], "antal anmälda brott per 1 000 invånare och år i området"),
        ["negativa värden"] = ([2021, 2022, 2023], [("Förändring", Series(-5, 3, -12.5m)), ("Målet", Series(0, 0, 0))], "procentenheter"),
        ["en punkt"] = ([2025], [("Hela kommunen", Flat)], "st"),
        ["många år"] = (Enumerable.Range(2006, 20).ToArray(), [("Hela kommunen", Enumerable.Range(2006, 20).ToDictionary(y => y, y => (decimal)(y * 37 % 1000)))], null),
        ["stora tal, olika slutår"] = ([2021, 2022, 2023], [("Innerstaden", new Dictionary<int, decimal> { [2021] = 1234567, [2022] = 1300000 }), ("Hela kommunen", new Dictionary<int, decimal> { [2021] = 1200000, [2023] = 1299999 })], "kr"),
    };

    private static Dictionary<int, decimal> Series(params decimal[] values) => values.Select((v, i) => (Year: 2021 + i, v)).ToDictionary(p => p.Year, p => p.v);

    private static List<IElement> Parse(string html) => new HtmlParser().ParseDocument(html).QuerySelectorAll("svg.chart").ToList();

    /// <summary>One line per text that leaves the viewBox, overlaps another text or renders below 12 CSS px.</summary>
    private static IEnumerable<string> Problems(IElement svg)
    {
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var size = ChartSize.All.Single(s => svg.ClassList.Contains($"chart-{s.Name}"));
        Assert.Equal(size.Width, viewBox[2]);
        var boxes = svg.QuerySelectorAll("text").Select(Box).ToList();
        var id = svg.GetAttribute("aria-labelledby");
        foreach (var b in boxes)
        {
            if (b.Left < -0.5 || b.Right > viewBox[2] + 0.5 || b.Top < -0.5 || b.Bottom > viewBox[3] + 0.5)
            {
                yield return $"{id}: \"{b.Text}\" ({b.Left:0.#}–{b.Right:0.#}, {b.Top:0.#}–{b.Bottom:0.#}) leaves the viewBox {viewBox[2]}×{viewBox[3]}";
            }

            if (b.FontSize * size.MinRenderedWidth / size.Width < 12)
            {
                yield return $"{id}: \"{b.Text}\" renders at {b.FontSize * size.MinRenderedWidth / size.Width:0.#} px";
            }
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, c) = (boxes[i], boxes[j]);
                if (a.Left < c.Right - 0.5 && c.Left < a.Right - 0.5 && a.Top < c.Bottom - 0.5 && c.Top < a.Bottom - 0.5)
                {
                    yield return $"{id}: \"{a.Text}\" overlaps \"{c.Text}\"";
                }
            }
        }
    }

    private static ChartText Box(IElement text) => new(
        double.Parse(text.GetAttribute("x")!, CultureInfo.InvariantCulture),
        double.Parse(text.GetAttribute("y")!, CultureInfo.InvariantCulture),
        text.TextContent,
        double.Parse(text.GetAttribute("font-size")!, CultureInfo.InvariantCulture),
        text.GetAttribute("text-anchor") ?? "start");
}
