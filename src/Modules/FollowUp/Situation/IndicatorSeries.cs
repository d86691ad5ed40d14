namespace Trygghet.Modules.FollowUp.Situation;

/// <summary>An indicator's values arranged for charts: by area (with the whole municipality), by gender and by age
/// group, each over the years present.</summary>
internal sealed record IndicatorSeries(string Title, IReadOnlyList<int> Years, IReadOnlyList<(string Name, IReadOnlyDictionary<int, decimal> Values)> Series)
{
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
            charts.Add(new IndicatorSeries(byArea.Count == 1 ? indicator.Name : $"{indicator.Name}, per område", years, byArea));
        }

        var byGender = values.Where(v => v.AreaId is null && v.AgeGroup is null && v.Gender is not null)
            .GroupBy(v => v.Gender!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IndicatorRules.DescribeGender(g.Key), (IReadOnlyDictionary<int, decimal>)g.ToDictionary(v => v.Year, v => v.Value)))
            .ToList();
        if (byGender.Count > 0)
        {
            charts.Add(new IndicatorSeries($"{indicator.Name}, per kön", years, byGender));
        }

        var byAge = values.Where(v => v.AreaId is null && v.Gender is null && v.AgeGroup is not null)
            .GroupBy(v => v.AgeGroup!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ($"{g.Key} år", (IReadOnlyDictionary<int, decimal>)g.ToDictionary(v => v.Year, v => v.Value)))
            .ToList();
        if (byAge.Count > 0)
        {
            charts.Add(new IndicatorSeries($"{indicator.Name}, per åldersgrupp", years, byAge));
        }

        return charts;
    }
}
