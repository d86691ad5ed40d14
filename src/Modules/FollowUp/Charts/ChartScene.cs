using System.Globalization;

namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>One size a chart is drawn at: the viewBox width, the font size in viewBox units and the narrowest width the
/// theme ever renders it at, so that <see cref="FontSize"/> × rendered width ÷ <see cref="Width"/> stays at 12 CSS px or
/// more. citizen.css shows <see cref="Narrow"/> below 48rem and <see cref="Wide"/> from 48rem (main column ≥ 736 px).</summary>
internal sealed record ChartSize(string Name, double Width, double FontSize, double PlotHeight, double MinRenderedWidth)
{
    /// <summary>320 CSS px less the page's 1rem padding on each side: 288 px, so 13 units render at 13 px or more.</summary>
    public static readonly ChartSize Narrow = new("smal", 288, 13, 170, 288);

    public static readonly ChartSize Wide = new("bred", 720, 14, 230, 736);

    public static IReadOnlyList<ChartSize> All { get; } = [Narrow, Wide];

    public double SmallestRenderedFont => FontSize * MinRenderedWidth / Width;
}

/// <summary>A text with its anchor point; its box is estimated with <see cref="TextMetrics"/>.</summary>
internal sealed record ChartText(double X, double Y, string Text, double FontSize, string Anchor = "start")
{
    public double Width => TextMetrics.Width(Text, FontSize);

    public double Left => Anchor switch { "end" => X - Width, "middle" => X - (Width / 2), _ => X };

    public double Right => Left + Width;

    public double Top => Y - (TextMetrics.Ascent * FontSize);

    public double Bottom => Y + (TextMetrics.Descent * FontSize);
}

/// <summary>What a layout produced: the viewBox size, the shapes (already SVG) and the texts.</summary>
internal sealed class ChartScene(double width)
{
    public double Width { get; } = width;

    public double Height { get; set; }

    public List<string> Shapes { get; } = [];

    public List<ChartText> Texts { get; } = [];

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1) =>
        Shapes.Add(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth:0.#}\"/>"));

    /// <summary>Lines of a wrapped text from <paramref name="top"/>; returns the bottom of the last line.</summary>
    public double Paragraph(string text, double x, double top, double fontSize, double width)
    {
        var baseline = top + (TextMetrics.Ascent * fontSize);
        foreach (var line in TextMetrics.Wrap(text, fontSize, width))
        {
            Texts.Add(new ChartText(x, baseline, line, fontSize));
            baseline += TextMetrics.LineGap * fontSize;
        }

        return baseline - (TextMetrics.LineGap * fontSize) + (TextMetrics.Descent * fontSize);
    }

    /// <summary>A tick or value in Swedish (1 000, 2,5, −3), with at most <paramref name="decimals"/> decimals and no
    /// trailing zeros ("0", not "0,0").</summary>
    public static string Number(double value, int decimals) =>
        value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), CultureInfo.GetCultureInfo("sv-SE"));
}
