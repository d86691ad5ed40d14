namespace Trygghet.Modules.FollowUp.Situation;

/// <summary>An indicator's values arranged for charts: by area (with the whole municipality) as lines over the years,
/// and the breakdowns by gender and by age group as bars for the latest year (a comparison between groups reads best
/// as bars from zero; their trend is in the table beside). A breakdown with a single year is drawn as bars too.</summary>
internal sealed record IndicatorSeries(string Title, IReadOnlyList<int> Years, IReadOnlyList<(string Name, IReadOnlyDictionary<int, decimal> Values)> Series)
{
    /// <summary>Bars of each series' value in the last of <see cref="Years"/> rather than lines.</summary>
    public bool AsBars { get; private init; }

    /// <summary>The bars: each series' value in the latest year.</summary>
    public IReadOnlyList<(string Label, decimal Value)> Bars =>
        Series.Where(s => s.Values.ContainsKey(Years[^1])).Select(s => (s.Name, s.Values[Years[^1]])).ToList();

    public static IReadOnlyList<IndicatorSeries> For(Indicator indicator, IReadOnlyList<IndicatorValue> values, IReadOnlyDictionary<Guid, string> areaNames)
    {
        var years = values.Select(v => v.Year).Distinct().Order().ToList();
        var charts = new List<IndicatorSeries>();
        var plain = values.Where(v => v.Gender is null && v.AgeGroup is null).ToList();
        var byArea = plain
            .GroupBy(v => v.AreaId)
            .OrderBy(g => g.Key is null ? 0 : 1).ThenBy(g => g.Key is { } a && areaNames.TryGetValue(a, out var n) ? n : string.Empty, StringComparer.Ordinal)
            .Select(g => (Name: g.Key is { } a ? areaNames.GetValueOrDefault(a, "?") : "Hela kommunen", Values: (IReadOnlyDictionary<int, decimal>)g.ToDictionary(v => v.Year, v => v.Value)))
            .ToList();
        if (byArea.Count > 0)
        {
            var title = byArea.Count == 1 ? indicator.Name : $"{indicator.Name}, per område";
            charts.Add(Breakdown(title, years, byArea, asBars: years.Count == 1 && byArea.Count > 1));
        }

        var byGender = values.Where(v => v.AreaId is null && v.AgeGroup is null && v.Gender is not null)
            .GroupBy(v => v.Gender!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IndicatorRules.DescribeGender(g.Key), (IReadOnlyDictionary<int, decimal>)g.ToDictionary(v => v.Year, v => v.Value)))
            .ToList();
        if (byGender.Count > 0)
        {
            charts.Add(Breakdown($"{indicator.Name}, per kön", years, byGender, asBars: true));
        }

        var byAge = values.Where(v => v.AreaId is null && v.Gender is null && v.AgeGroup is not null)
            .GroupBy(v => v.AgeGroup!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ($"{g.Key} år", (IReadOnlyDictionary<int, decimal>)g.ToDictionary(v => v.Year, v => v.Value)))
            .ToList();
        if (byAge.Count > 0)
        {
            charts.Add(Breakdown($"{indicator.Name}, per åldersgrupp", years, byAge, asBars: true));
        }

        return charts;
    }

    /// <summary>Bars name their year in the title, since they show one year of several.</summary>
    private static IndicatorSeries Breakdown(string title, IReadOnlyList<int> years, IReadOnlyList<(string, IReadOnlyDictionary<int, decimal>)> series, bool asBars) =>
        asBars
            ? new IndicatorSeries($"{title}, {years[^1].ToString(System.Globalization.CultureInfo.InvariantCulture)}", years, series) { AsBars = true }
            : new IndicatorSeries(title, years, series);
}
