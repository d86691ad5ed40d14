using System.Linq.Expressions;

namespace Trygghet.Portal.Core.Paging;

/// <summary>Which column a list is sorted by and which way, as its URL says: <c>?sortera=titel&amp;ordning=fallande</c>.</summary>
public readonly record struct ListSort(string Column, bool Descending)
{
    public const string ColumnParameter = "sortera";
    public const string DirectionParameter = "ordning";
    public const string AscendingValue = "stigande";
    public const string DescendingValue = "fallande";

    public string Direction => Descending ? DescendingValue : AscendingValue;
}

/// <summary>The columns a list may be sorted by, each with the expression the database orders by. A whitelist: a
/// value from the URL reaches <c>OrderBy</c> only through a name declared here, and the list's own tie-breaker follows
/// so that paging is stable.</summary>
public sealed class SortColumns<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> columns = new(StringComparer.Ordinal);
    private readonly Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tieBreaker;

    /// <param name="defaultSort">The order of the list when the URL names none.</param>
    /// <param name="tieBreaker">A unique key ordered after the chosen column (rows with equal values keep one order across pages).</param>
    public SortColumns(ListSort defaultSort, Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tieBreaker)
    {
        Default = defaultSort;
        this.tieBreaker = tieBreaker;
    }

    public ListSort Default { get; }

    public IEnumerable<string> Names => columns.Keys;

    public SortColumns<T> Add<TKey>(string column, Expression<Func<T, TKey>> key)
    {
        columns[column] = (query, descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return this;
    }

    public bool Contains(string column) => columns.ContainsKey(column);

    public IOrderedQueryable<T> Apply(IQueryable<T> query, ListSort sort) =>
        tieBreaker(columns[Contains(sort.Column) ? sort.Column : Default.Column](query, sort.Descending));
}
