using System.Globalization;

namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>Each series' colour, line style and marker shape, so series are told apart without colour as well.</summary>
internal static class ChartMarkers
{
    /// <summary>Dark enough for 3:1 against white (WCAG 1.4.11).</summary>
    private static readonly string[] Colours = ["#00507a", "#a3003c", "#6b3fa0", "#8a4b00", "#2f6b2f", "#4a4a4a"];

    private static readonly string[] Dashes = [string.Empty, " stroke-dasharray=\"6 3\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"8 3 2 3\""];

    public static string Colour(int series) => Colours[series % Colours.Length];

    public static string Polyline(int series, IReadOnlyList<(double X, double Y)> points) =>
        $"<polyline fill=\"none\" stroke=\"{Colour(series)}\" stroke-width=\"2.5\"{Dashes[series % Dashes.Length]} points=\"{string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))}\"/>";

    public static string Marker(int series, double x, double y) => (series % 4) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"4.5\" fill=\"{Colour(series)}\"/>"),
        1 => string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x - 4:0.#}\" y=\"{y - 4:0.#}\" width=\"8\" height=\"8\" fill=\"{Colour(series)}\"/>"),
        2 => string.Create(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y - 5:0.#} {x + 5:0.#},{y + 4:0.#} {x - 5:0.#},{y + 4:0.#}\" fill=\"{Colour(series)}\"/>"),
        _ => string.Create(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y - 5:0.#} {x + 5:0.#},{y:0.#} {x:0.#},{y + 5:0.#} {x - 5:0.#},{y:0.#}\" fill=\"{Colour(series)}\"/>"),
    };
}
