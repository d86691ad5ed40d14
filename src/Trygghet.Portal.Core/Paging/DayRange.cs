using Trygghet.Portal.Core.Time;

namespace Trygghet.Portal.Core.Paging;

/// <summary>A filter's "from and including" and "to and including" days. Days are Swedish days: "1 december" starts at
/// midnight in Stockholm, so the bounds a database compares UTC times with are computed here, once.</summary>
public readonly record struct DayRange(DateOnly? From, DateOnly? To)
{
    /// <summary>The first moment of <see cref="From"/>, in UTC (inclusive).</summary>
    public DateTime? StartUtc => From is { } from ? SwedishTime.FromLocal(from.ToDateTime(TimeOnly.MinValue)).UtcDateTime : null;

    /// <summary>The first moment after <see cref="To"/>, in UTC (exclusive).</summary>
    public DateTime? EndUtc => To is { } to ? SwedishTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).UtcDateTime : null;
}
