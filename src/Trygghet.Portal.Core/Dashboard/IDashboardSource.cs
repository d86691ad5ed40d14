using System.Security.Claims;

namespace Trygghet.Portal.Core.Dashboard;

/// <summary>What a module puts on the back-office start page (/admin) for one signed-in person: the work waiting
/// for them in that module. Each source decides with its own permissions and memberships what this person may see,
/// so the start page never reads a module's tables and a count is never larger than what the person can open.
/// Register with <c>services.AddDashboardSource&lt;…&gt;()</c>; a source of a module switched off is skipped.</summary>
public interface IDashboardSource
{
    string ModuleName { get; }

    /// <returns>Sections for this person; none when the module has nothing for them.</returns>
    Task<IReadOnlyList<DashboardSection>> GetSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>One heading on the start page with the items under it.</summary>
/// <param name="Id">Stable and unique on the page (an HTML id, and what tests find the section by).</param>
/// <param name="Heading">Localised heading.</param>
/// <param name="Order">Lower first: what needs doing (warnings, overdue) before what is merely informative.</param>
/// <param name="Empty">Localised text shown when <paramref name="Items"/> is empty; null hides an empty section.</param>
/// <param name="More">A link to the full list, when the section shows only part of it.</param>
public sealed record DashboardSection(string Id, string Heading, int Order, IReadOnlyList<DashboardItem> Items, string? Empty = null, DashboardLink? More = null);

/// <summary>One thing to look at or do, linking to where it is done.</summary>
/// <param name="Text">Localised, e.g. the meeting and its forum.</param>
/// <param name="Url">Site-relative address of the page where it is done.</param>
/// <param name="Detail">Localised state or time beside it, e.g. "Kallelsen är inte publicerad".</param>
/// <param name="Attention">True when something is late or missing: shown with a word, not colour alone.</param>
/// <param name="Progress">0–100 when the item has progress to show as a bar.</param>
public sealed record DashboardItem(string Text, string Url, string? Detail = null, bool Attention = false, int? Progress = null);

public sealed record DashboardLink(string Text, string Url);
