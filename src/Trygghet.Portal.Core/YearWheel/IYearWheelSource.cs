using System.Security.Claims;

namespace Trygghet.Portal.Core.YearWheel;

/// <summary>What a module puts in the årshjul (the governance model's year in one view): its periods and dates that
/// touch a calendar year. Like <see cref="Dashboard.IDashboardSource"/>, each source reads only its own tables and
/// applies its own rules: for the public årshjul (/arshjul) only what the module's public pages show, for staff
/// (/admin/arshjul) also drafts and the state of the work, linked to where it is done when the person may do it.
/// Register with <c>services.AddYearWheelSource&lt;…&gt;()</c>; a source of a module switched off is skipped.</summary>
public interface IYearWheelSource
{
    string ModuleName { get; }

    /// <param name="year">A Swedish calendar year.</param>
    /// <param name="staff">The signed-in staff member, or null for the public version.</param>
    /// <returns>Entries that begin, end or run in <paramref name="year"/>.</returns>
    Task<IReadOnlyList<YearWheelEntry>> GetEntriesAsync(int year, ClaimsPrincipal? staff, CancellationToken cancellationToken);
}

/// <summary>One period (a bar) or one day (a mark) in the årshjul.</summary>
/// <param name="Track">The row it is drawn in, localised: "Lägesbild", "Åtgärdsplan", a forum's name…</param>
/// <param name="TrackOrder">Rows are ordered by this, lower first, in the order of the model's cycle.</param>
/// <param name="Title">Localised, e.g. "Tertial 1" or "Sammanträde".</param>
/// <param name="From">First day (Swedish date).</param>
/// <param name="To">Last day; equal to <paramref name="From"/> for a single day such as a meeting or a deadline.</param>
/// <param name="Url">Site-relative address of the item (staff: where it is worked on), or null.</param>
/// <param name="Detail">Localised state, e.g. "Kallelsen är inte publicerad." or "Utkast".</param>
/// <param name="Attention">Staff only: something is late or missing; shown with a word, not colour alone.</param>
public sealed record YearWheelEntry(string Track, int TrackOrder, string Title, DateOnly From, DateOnly To, string? Url = null, string? Detail = null, bool Attention = false)
{
    public bool IsDay => From == To;
}

/// <summary>The well-known row orders, in the order of Brå's cycle: knowledge, plan, follow-up, report, forums, promises.</summary>
public static class YearWheelTracks
{
    public const int Situation = 10;
    public const int Plan = 20;
    public const int FollowUpPeriods = 30;
    public const int CouncilReports = 40;
    public const int Forums = 50;
    public const int Promises = 80;
    public const int PromiseFollowUps = 90;
}
