namespace Trygghet.Modules.FollowUp.Charts;

/// <summary>An axis from <see cref="Min"/> to <see cref="Max"/> with a tick every <see cref="Step"/>, where the step is
/// 1, 2 or 5 times a power of ten: the ticks people read without arithmetic.</summary>
internal sealed record Axis(double Min, double Max, double Step)
{
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            // + 0.0 turns a rounded -0 into 0, which would otherwise be written "−0".
            return Enumerable.Range(0, count + 1).Select(i => Math.Round(Min + (i * Step), Decimals + 2) + 0.0).ToList();
        }
    }

    /// <summary>How many decimals a tick label needs (a step of 0.5 needs one, of 20 none).</summary>
    public int Decimals => Math.Max(0, -(int)Math.Floor(Math.Log10(Step) + 1e-9));
}

internal static class NiceScale
{
    /// <summary>The axis for values from <paramref name="min"/> to <paramref name="max"/> with about
    /// <paramref name="targetTicks"/> intervals. Bars must start at zero (their length is the value), so they ask for
    /// <paramref name="includeZero"/>; a line may sit on a scale fitted to its data.</summary>
    public static Axis For(double min, double max, int targetTicks, bool includeZero)
    {
        if (includeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        if (max - min < 1e-12)
        {
            // One value (or all equal): a band around it, from zero when it is zero.
            var pad = Math.Abs(max) < 1e-12 ? 1 : Math.Abs(max) * 0.2;
            (min, max) = min == 0 && includeZero ? (0, pad) : (min - pad, max + pad);
        }

        var step = NiceStep((max - min) / Math.Max(1, targetTicks));
        var lo = Math.Floor((min / step) + 1e-9) * step;
        var hi = Math.Ceiling((max / step) - 1e-9) * step;
        return new Axis(lo, hi > lo ? hi : lo + step, step);
    }

    /// <summary>Whether a line chart's scale should include zero: when the data lie nearer zero than their own range,
    /// starting at zero costs little and avoids exaggerating a small change; otherwise the scale fits the data.</summary>
    public static bool LineIncludesZero(double min, double max) => min >= 0 && min <= max * 0.5;

    /// <summary>A scale fitted to the data still spans at least 30 % of their level, so that a change of a few
    /// percent is not drawn from the bottom of the chart to the top.</summary>
    public static (double Min, double Max) Widen(double min, double max)
    {
        var least = Math.Max(Math.Abs(min), Math.Abs(max)) * 0.3;
        var pad = Math.Max(0, (least - (max - min)) / 2);
        return (min - pad, max + pad);
    }

    /// <summary>The 1, 2 or 5 × 10ⁿ nearest to <paramref name="raw"/> (Heckbert's "nice numbers").</summary>
    public static double NiceStep(double raw)
    {
        if (raw <= 0 || double.IsNaN(raw) || double.IsInfinity(raw))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normal = raw / magnitude;
        var nice = normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10;
        return nice * magnitude;
    }
}
