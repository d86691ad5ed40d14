using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Trygghet.Portal.Core.Paging;

/// <summary>The state of a back-office list, read from its URL (GET forms, so filters, sort and page survive a reload,
/// a bookmark and a shared link, without JavaScript): free text, choices from a list, dates, the sort column and the
/// page. A value that cannot be used becomes a problem keyed by its parameter, with a message naming the field,
/// shown above the filter form and under the field (kept apart from the page's ModelState, so a page with a form of its
/// own does not show them twice); the page answers 400 with the form (<see cref="StatusCode"/>), never 500 and never a silently ignored filter.
/// Every value read is kept, so sort and page links carry the filters. Paging values were already refused before the
/// page ran (<see cref="PagingValidation"/>).</summary>
public sealed class ListQuery
{
    /// <summary>Longer search text is refused rather than sent to the database as a LIKE pattern of any length.</summary>
    public const int MaxTextLength = 200;

    private readonly IQueryCollection query;
    private readonly Dictionary<string, string?> kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> refused = new(StringComparer.Ordinal);

    public ListQuery(string path, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Path = path;
        this.query = query;
        Page = PageRequest.Read(query, PagingExtensions.DefaultPageSize);
        if (query.ContainsKey(PageRequest.SizeParameter))
        {
            kept[PageRequest.SizeParameter] = Page.Size.ToString(CultureInfo.InvariantCulture);
        }
    }

    public string Path { get; }

    public PageRequest Page { get; }

    public ListSort Sort { get; private set; }

    /// <summary>True when every list value could be used (the page's own form may still have problems of its own).</summary>
    public bool IsValid => refused.Count == 0;

    /// <summary>The problems with the list's values, for the summary above its filter form.</summary>
    public IEnumerable<string> Errors => refused.Values;

    /// <summary>400 when a value was refused, so a client (or the fuzz gate) sees the request was not served as asked.</summary>
    public int? StatusCode => IsValid ? null : StatusCodes.Status400BadRequest;

    /// <summary>The value as typed, for the form to show again.</summary>
    public string? this[string key] => kept.TryGetValue(key, out var value) ? value : Single(key);

    /// <summary>Free text, trimmed; null when empty.</summary>
    public string? Text(string key, string field)
    {
        var value = Single(key, field)?.Trim();
        if (value is { Length: > MaxTextLength })
        {
            return Refuse(key, $"{field} får vara högst {MaxTextLength} tecken.");
        }

        return Keep(key, value);
    }

    /// <summary>One of <paramref name="allowed"/> (ordinal), or null when empty; any other value is refused.</summary>
    public string? Choice(string key, string field, IEnumerable<string> allowed)
    {
        var value = Single(key, field);
        if (value is null)
        {
            return null;
        }

        return allowed.Contains(value, StringComparer.Ordinal) ? Keep(key, value) : Refuse(key, $"Välj {field} i listan.");
    }

    /// <summary>A day written yyyy-MM-dd (what a date input sends), or null when empty.</summary>
    public DateOnly? Date(string key, string field)
    {
        var value = Single(key, field);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Keep(key, value);
            return date;
        }

        Refuse(key, $"{field} ska vara ett datum skrivet som 2026-01-31.");
        return null;
    }

    /// <summary>A date range whose end is not before its start; the end is refused otherwise.</summary>
    public DayRange DateRange(string fromKey, string fromField, string toKey, string toField)
    {
        var from = Date(fromKey, fromField);
        var to = Date(toKey, toField);
        if (from is { } f && to is { } t && t < f)
        {
            Refuse(toKey, $"{toField} kan inte vara före {fromField.ToLowerInvariant()}.");
            return new(from, null);
        }

        return new(from, to);
    }

    /// <summary>The sort column (one of <paramref name="columns"/>) and direction; the list's default when absent.</summary>
    public ListSort SortBy<T>(SortColumns<T> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var column = Single(ListSort.ColumnParameter, "Sortering");
        var direction = Single(ListSort.DirectionParameter, "Ordning");
        Sort = columns.Default;
        if (column is not null && !columns.Contains(column))
        {
            Refuse(ListSort.ColumnParameter, "Sortering ska vara en av kolumnerna: " + string.Join(", ", columns.Names) + ".");
            column = null;
        }

        if (direction is not null and not ListSort.AscendingValue and not ListSort.DescendingValue)
        {
            Refuse(ListSort.DirectionParameter, $"Ordning ska vara {ListSort.AscendingValue} eller {ListSort.DescendingValue}.");
            direction = null;
        }

        if (column is not null || direction is not null)
        {
            // A column chosen without a direction sorts ascending (A–Ö, oldest first); the default column keeps its own.
            var chosen = column ?? columns.Default.Column;
            var descending = direction is null ? chosen == columns.Default.Column && columns.Default.Descending : direction == ListSort.DescendingValue;
            Sort = new ListSort(chosen, descending);
            Keep(ListSort.ColumnParameter, Sort.Column);
            Keep(ListSort.DirectionParameter, Sort.Direction);
        }

        return Sort;
    }

    /// <summary>The problem with a parameter, for the message under its field.</summary>
    public string? ErrorFor(string key) => refused.GetValueOrDefault(key);

    /// <summary>Links to neighbouring pages, with every filter and the sort.</summary>
    public PagerModel Pager<T>(PagedResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Pager(Path, kept);
    }

    /// <summary>A sortable column header: its link sorts by the column (the other way when it already does, from page 1),
    /// and <c>aria-sort</c> tells a screen reader which column orders the list.</summary>
    public SortHeader Header(string column, string label)
    {
        var active = Sort.Column == column;
        var descending = active && !Sort.Descending;
        var parameters = kept.Where(k => k.Key is not ListSort.ColumnParameter and not ListSort.DirectionParameter)
            .Append(new(ListSort.ColumnParameter, column))
            .Append(new(ListSort.DirectionParameter, descending ? ListSort.DescendingValue : ListSort.AscendingValue));
        return new SortHeader(label, Url(parameters), active ? (Sort.Descending ? "descending" : "ascending") : null, descending);
    }

    /// <summary>The list's address with its filters and sort, at its first page (where a bulk action returns).</summary>
    public string Url() => Url(kept);

    /// <summary>The list's address with its filters and sort and one more parameter (a handler: the same list as CSV).</summary>
    public string Url(string key, string value) => Url(kept.Append(new(key, value)));

    private string Url(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var parts = parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}").ToList();
        return parts.Count == 0 ? Path : $"{Path}?{string.Join("&", parts)}";
    }

    private string? Single(string key, string? field = null)
    {
        if (!query.TryGetValue(key, out var values) || values.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        if (values.Count > 1)
        {
            return Refuse(key, $"{field ?? key} får bara anges en gång.");
        }

        return values[0];
    }

    private string? Keep(string key, string? value)
    {
        kept[key] = value;
        return value;
    }

    private string? Refuse(string key, string message)
    {
        refused.TryAdd(key, message);

        return null;
    }
}

/// <summary>What the shared _SortHeader partial renders: a column header whose link sorts the list.</summary>
/// <param name="AriaSort">"ascending", "descending", or null for a column the list is not sorted by.</param>
/// <param name="LinkSortsDescending">Which way the link sorts, for its hidden hint.</param>
public sealed record SortHeader(string Label, string Url, string? AriaSort, bool LinkSortsDescending);
