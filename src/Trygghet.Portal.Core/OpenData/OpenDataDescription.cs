using Microsoft.AspNetCore.Http;

namespace Trygghet.Portal.Core.OpenData;

/// <summary>What a module says about one of its open-data lists beyond the fields, for the DCAT-AP-SE catalogue and
/// the open-data pages: Swedish keywords, how often it changes (a code of the EU's frequency vocabulary, e.g.
/// <c>IRREG</c>, <c>ANNUAL</c>) and its dates, read from the module's own data when asked.</summary>
public sealed record OpenDataDescription(
    IReadOnlyList<string> Keywords,
    string Frequency,
    Func<HttpContext, CancellationToken, Task<OpenDataFacts>> Facts)
{
    /// <summary>The frequency as the EU vocabulary's URI.</summary>
    public string FrequencyUri => "http://publications.europa.eu/resource/authority/frequency/" + Frequency;

    /// <summary>A list small enough to load whole: its dates are read from its rows.</summary>
    public static OpenDataDescription FromRows<T>(
        IReadOnlyList<string> keywords,
        string frequency,
        Func<HttpContext, CancellationToken, Task<IReadOnlyList<T>>> load,
        Func<IReadOnlyList<T>, OpenDataFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(facts);
        return new(keywords, frequency, async (context, cancellationToken) => facts(await load(context, cancellationToken)));
    }
}

/// <summary>A dataset's dates: first published (<c>dct:issued</c>), last changed (<c>dct:modified</c>) and the
/// period its rows cover (<c>dct:temporal</c>). Null where the list is empty.</summary>
public sealed record OpenDataFacts(DateOnly? Issued, DateOnly? Modified, DateOnly? From, DateOnly? To)
{
    public static readonly OpenDataFacts None = new(null, null, null, null);

    /// <summary>The earliest and latest of some dates, or nulls when there are none.</summary>
    public static (DateOnly? First, DateOnly? Last) Span(IEnumerable<DateOnly?> dates)
    {
        var known = dates.OfType<DateOnly>().ToList();
        return known.Count == 0 ? (null, null) : (known.Min(), known.Max());
    }
}
