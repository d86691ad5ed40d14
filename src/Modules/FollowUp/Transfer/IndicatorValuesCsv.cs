using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;
using Trygghet.Portal.Core.OpenData;

namespace Trygghet.Modules.FollowUp.Transfer;

/// <summary>Export and import of one lägesbild's indicator values as CSV, one row per value: the yearly figures from
/// Brå, NTU or the trygghetsmätning arrive as spreadsheets, and typing them in by hand invites mistakes. Every indicator
/// named in the file gets exactly the file's values (its old values are replaced); indicators not named keep theirs.
/// The whole file or nothing: every problem is reported with its line and column.</summary>
internal sealed class IndicatorValuesCsv(FollowUpDbContext db)
{
    public const int MaxRows = 50_000;

    public static readonly string[] Required = ["indicator", "year", "value"];

    internal sealed record Row(string Indicator, int Year, string? Area, string? Gender, string? AgeGroup, decimal Value);

    public static readonly IReadOnlyList<OpenDataColumn<Row>> Columns =
    [
        new("indicator", "Indikatorns adressnamn", r => r.Indicator),
        new("year", "År", r => r.Year),
        new("area", "Områdets adressnamn; tomt för hela kommunen", r => r.Area),
        new("gender", "kvinnor, man eller tomt för alla", r => r.Gender),
        new("ageGroup", "Åldersgrupp, t.ex. 16–24; tomt för alla åldrar", r => r.AgeGroup),
        new("value", "Värdet, med decimalpunkt", r => r.Value),
    ];

    public async Task<string> ExportAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ReportId == reportId).ToDictionaryAsync(i => i.Id, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
        var ids = indicators.Keys.ToList();
        var values = await db.IndicatorValues.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).ToListAsync(cancellationToken);
        var rows = values
            // Dividing by 1.000… drops trailing zeros (SQLite hands 12 back as 12.0), so a file exports as it was imported.
            .Select(v => (Order: indicators[v.IndicatorId].SortOrder, Row: new Row(indicators[v.IndicatorId].Slug, v.Year, v.AreaId is { } a ? areas[a] : null, v.Gender, v.AgeGroup, v.Value / 1.000000000000000000000000000000000m)))
            .OrderBy(x => x.Order).ThenBy(x => x.Row.Indicator, StringComparer.Ordinal).ThenBy(x => x.Row.Year)
            .ThenBy(x => x.Row.Area, StringComparer.Ordinal).ThenBy(x => x.Row.Gender, StringComparer.Ordinal).ThenBy(x => x.Row.AgeGroup, StringComparer.Ordinal)
            .Select(x => x.Row);
        return OpenDataCsv.Write(rows, Columns);
    }

    /// <returns>The problems (each naming line and column); when there are none, the values are saved.</returns>
    public async Task<(IReadOnlyList<string> Problems, int Indicators, int Values)> ImportAsync(Guid reportId, string text, CancellationToken cancellationToken)
    {
        var (records, parseProblem) = CsvReader.Read(text);
        if (parseProblem is not null)
        {
            return ([parseProblem], 0, 0);
        }

        if (records.Count < 2)
        {
            return (["Filen har inga värden."], 0, 0);
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var problems = CheckHeader(header);
        if (records.Count - 1 > MaxRows)
        {
            problems.Add($"Filen har fler än {MaxRows} rader; dela upp den.");
        }

        if (problems.Count > 0)
        {
            return (problems, 0, 0);
        }

        var col = header.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ReportId == reportId).ToDictionaryAsync(i => i.Slug, i => i.Id, StringComparer.Ordinal, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id, StringComparer.Ordinal, cancellationToken);
        var seen = new Dictionary<(Guid, int, Guid?, string?, string?), int>();
        var values = new List<IndicatorValue>();

        foreach (var record in records.Skip(1))
        {
            string Get(string name) => col.TryGetValue(name, out var i) ? record.Fields[i].Trim() : string.Empty;
            void Problem(string column, string problem) => problems.Add($"Rad {record.Line}, kolumn {column}: {problem}.");

            if (record.Fields.Count != header.Count)
            {
                problems.Add($"Rad {record.Line}: har {record.Fields.Count} fält men rubrikraden har {header.Count}.");
                continue;
            }

            var before = problems.Count;
            var slug = Get("indicator");
            if (!indicators.TryGetValue(slug, out var indicatorId))
            {
                Problem("indicator", slug.Length == 0 ? "måste anges" : $"\"{slug}\" är ingen indikator i den här lägesbilden");
            }

            if (!int.TryParse(Get("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                Problem("year", $"\"{Get("year")}\" är inget år mellan 1900 och 2100");
            }

            Guid? areaId = null;
            var area = Get("area");
            if (area.Length > 0)
            {
                if (areas.TryGetValue(area, out var found))
                {
                    areaId = found;
                }
                else
                {
                    Problem("area", $"\"{area}\" är inget område");
                }
            }

            var gender = Get("gender") is { Length: > 0 } g ? g : null;
            if (!IndicatorRules.IsGender(gender))
            {
                Problem("gender", $"\"{gender}\" ska vara {IndicatorRules.Women}, {IndicatorRules.Men} eller tomt");
            }

            var ageGroup = Get("ageGroup") is { Length: > 0 } a ? a : null;
            if (ageGroup is { Length: > 20 })
            {
                Problem("ageGroup", "får ha högst 20 tecken");
            }

            if (!decimal.TryParse(Get("value"), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || Math.Abs(value) >= 1_000_000_000m)
            {
                Problem("value", $"\"{Get("value")}\" är inget tal (decimalpunkt, inga tusentalsavgränsare)");
            }

            if (problems.Count > before)
            {
                continue;
            }

            if (seen.TryGetValue((indicatorId, year, areaId, gender, ageGroup), out var earlier))
            {
                problems.Add($"Rad {record.Line}: samma indikator, år, område, kön och åldersgrupp som rad {earlier}.");
                continue;
            }

            seen[(indicatorId, year, areaId, gender, ageGroup)] = record.Line;
            values.Add(new IndicatorValue { IndicatorId = indicatorId, Year = year, AreaId = areaId, Gender = gender, AgeGroup = ageGroup, Value = value });
        }

        if (problems.Count > 0)
        {
            return (problems, 0, 0);
        }

        var replaced = values.Select(v => v.IndicatorId).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.IndicatorValues.Where(v => replaced.Contains(v.IndicatorId)).ExecuteDeleteAsync(cancellationToken);
        db.IndicatorValues.AddRange(values);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ([], replaced.Count, values.Count);
    }

    private static List<string> CheckHeader(List<string> header)
    {
        var problems = new List<string>();
        var known = Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(header.Where(h => !known.Contains(h)).Select(h => $"Rad 1: kolumnen \"{h}\" är okänd."));
        problems.AddRange(Required.Where(r => !header.Contains(r)).Select(r => $"Rad 1: kolumnen \"{r}\" saknas."));
        problems.AddRange(header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => $"Rad 1: kolumnen \"{g.Key}\" förekommer två gånger."));
        return problems;
    }
}
