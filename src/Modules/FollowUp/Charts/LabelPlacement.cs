namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>Moves labels up or down as little as needed so that no two are closer than a line, keeping their order.</summary>
internal static class LabelPlacement
{
    /// <summary>Baselines for labels that want <paramref name="desired"/>, each at least <paramref name="gap"/> from the
    /// next and all within [<paramref name="min"/>, <paramref name="max"/>]; null when they cannot all fit.</summary>
    public static double[]? Spread(IReadOnlyList<double> desired, double gap, double min, double max)
    {
        var n = desired.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => desired[i]).ToArray();
        var placed = new double[n];
        for (var k = 0; k < n; k++)
        {
            var floor = k == 0 ? min : placed[order[k - 1]] + gap;
            placed[order[k]] = Math.Max(desired[order[k]], floor);
        }

        if (n > 0 && placed[order[^1]] > max)
        {
            placed[order[^1]] = max;
            for (var k = n - 2; k >= 0; k--)
            {
                placed[order[k]] = Math.Min(placed[order[k]], placed[order[k + 1]] - gap);
            }
        }

        return n > 0 && placed[order[0]] < min - 1e-9 ? null : placed;
    }
}
