using System.Globalization;
using System.Security.Claims;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Time;
using Trygghet.Portal.Core.YearWheel;

namespace Trygghet.Portal.Web.YearWheel;

/// <summary>The årshjul of one year, from the sources of the modules that are on (<see cref="IYearWheelSource"/>):
/// the host knows no module's tables, only the entries they give it.</summary>
internal sealed class YearWheelQuery(IEnumerable<IYearWheelSource> sources, ISiteModules modules, TimeProvider clock)
{
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    /// <summary>The year asked for in <c>?ar=</c>, this year when none; null when the value is not a year the portal
    /// can show (the page then says so).</summary>
    public int? Year(string? asked)
    {
        if (string.IsNullOrWhiteSpace(asked))
        {
            return SwedishTime.Today(clock).Year;
        }

        return int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= FirstYear and <= LastYear ? year : null;
    }

    /// <summary>For both pages: the årshjul of the year asked for, or null with 400 on the response when
    /// <paramref name="asked"/> is no year the portal can show (the page then says so).</summary>
    public async Task<YearWheelView?> ForPageAsync(string? asked, ClaimsPrincipal? staff, HttpResponse response, CancellationToken cancellationToken)
    {
        if (Year(asked) is not { } year)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        return await LoadAsync(year, staff, cancellationToken);
    }

    public async Task<YearWheelView> LoadAsync(int year, ClaimsPrincipal? staff, CancellationToken cancellationToken)
    {
        var entries = new List<YearWheelEntry>();
        // One at a time: the sources share the request's scoped DbContexts.
        foreach (var source in sources.Where(s => modules.IsEnabled(s.ModuleName)))
        {
            entries.AddRange(await source.GetEntriesAsync(year, staff, cancellationToken));
        }

        var today = SwedishTime.Today(clock);
        return new YearWheelView(year, today, entries, YearTimeline.Narrow(year, entries, today), YearTimeline.Wide(year, entries, today));
    }
}

/// <summary>What both årshjul pages render: the drawing twice (narrow and wide) and the same entries as a list by month.</summary>
internal sealed record YearWheelView(int Year, DateOnly Today, IReadOnlyList<YearWheelEntry> Entries, YearTimeline Narrow, YearTimeline Wide)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public IReadOnlyList<(string Track, IReadOnlyList<YearWheelEntry> Entries)> Tracks => YearTimeline.Tracks(Entries);

    /// <summary>Each month with what begins in it (a period that began the year before is listed under January), in date order.</summary>
    public IReadOnlyList<(int Month, string Name, IReadOnlyList<YearWheelEntry> Entries)> Months =>
        Enumerable.Range(1, 12).Select(m => (m, Swedish.TextInfo.ToTitleCase(new DateTime(Year, m, 1).ToString("MMMM", Swedish)),
            (IReadOnlyList<YearWheelEntry>)Entries.Where(e => StartMonth(e) == m).OrderBy(e => e.From).ThenBy(e => e.TrackOrder).ThenBy(e => e.Title).ToList())).ToList();

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string When(YearWheelEntry entry) => entry.IsDay ? Day(entry.From) : $"{Day(entry.From)} – {Day(entry.To)}";

    private int StartMonth(YearWheelEntry entry) => entry.From.Year < Year ? 1 : entry.From.Month;
}
