using Microsoft.EntityFrameworkCore;

namespace Trygghet.Portal.Core.Paging;

/// <summary>One page of a list. Every list in the portal is paged; page numbers start at 1.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public PagerModel Pager(string path, IReadOnlyDictionary<string, string?>? query = null) =>
        new(PageNumber, TotalPages, path, query ?? new Dictionary<string, string?>());
}

/// <summary>What the shared _Pager partial needs to link to neighbouring pages.</summary>
public sealed record PagerModel(int PageNumber, int TotalPages, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public const string Parameter = "sida";

    public string UrlFor(int page)
    {
        var parts = Query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value!)}")
            .Append($"{Parameter}={page}");
        return $"{Path}?{string.Join("&", parts)}";
    }
}

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;

    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(
        this IQueryable<T> ordered, int pageNumber, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var page = new PageRequest(Math.Max(1, pageNumber), pageSize);
        var total = await ordered.CountAsync(cancellationToken);
        // Past the last page: an empty page, without arithmetic that could overflow.
        var items = page.Skip >= total ? [] : await ordered.Skip((int)page.Skip).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, page.Number, pageSize, total);
    }
}
