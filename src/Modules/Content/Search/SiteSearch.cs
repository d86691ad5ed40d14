using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Search;

namespace Trygghet.Modules.Content.Search;

/// <summary>/sok: every enabled module's public documents, matched word by word on Swedish stems (all query words
/// must match), ranked by where and how often they match (title counts three times), with a snippet around the
/// first match where matching words are marked. Runs over what the sources return at query time: the public corpus
/// of one municipality is small, and nothing can be found that is not public right now (no index to fall behind).</summary>
internal sealed class SiteSearch(IEnumerable<ISearchSource> sources, ISiteModules modules)
{
    public const int PageSize = 10;
    private const int SnippetRadius = 90;

    public async Task<SearchPage> SearchAsync(string query, int page, CancellationToken cancellationToken)
    {
        var terms = Words(query).Select(w => SwedishStemmer.Stem(w.Word)).Distinct(StringComparer.Ordinal).Take(10).ToList();
        if (terms.Count == 0)
        {
            return new SearchPage([], 0, 1);
        }

        var hits = new List<(SearchDocument Document, int Score)>();
        foreach (var source in sources.Where(s => modules.IsEnabled(s.ModuleName)))
        {
            foreach (var document in await source.GetPublicDocumentsAsync(cancellationToken))
            {
                var title = Words(document.Title).Select(w => SwedishStemmer.Stem(w.Word)).ToList();
                var text = Words(document.Text).Select(w => SwedishStemmer.Stem(w.Word)).ToList();
                if (terms.All(t => title.Contains(t) || text.Contains(t)))
                {
                    hits.Add((document, terms.Sum(t => (3 * title.Count(w => w == t)) + text.Count(w => w == t))));
                }
            }
        }

        var ordered = hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.Document.Date).ThenBy(h => h.Document.Url, StringComparer.Ordinal).ToList();
        page = Math.Clamp(page, 1, Math.Max(1, (ordered.Count + PageSize - 1) / PageSize));
        var results = ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(h => new SearchResult(h.Document, Highlight(h.Document.Title, terms, whole: true), Highlight(h.Document.Text, terms, whole: false)))
            .ToList();
        return new SearchPage(results, ordered.Count, page);
    }

    /// <summary>The words of a text with their positions, lower-cased the Swedish way.</summary>
    internal static IEnumerable<(string Word, int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return (text[start..i].ToLower(CultureInfo.GetCultureInfo("sv-SE")), start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>HTML-encoded text with matching words in &lt;mark&gt;; for the body only a window around the first match.</summary>
    internal static IHtmlContent Highlight(string text, IReadOnlyList<string> terms, bool whole)
    {
        var words = Words(text).Where(w => terms.Contains(SwedishStemmer.Stem(w.Word))).ToList();
        var from = 0;
        var to = text.Length;
        if (!whole)
        {
            var first = words.Count > 0 ? words[0].Start : 0;
            from = Math.Max(0, first - SnippetRadius);
            to = Math.Min(text.Length, first + SnippetRadius * 2);
            while (from > 0 && from < first && !char.IsWhiteSpace(text[from - 1]))
            {
                from++;
            }

            while (to < text.Length && !char.IsWhiteSpace(text[to]) && to - first < SnippetRadius * 3)
            {
                to++;
            }
        }

        var html = new StringBuilder(from > 0 ? "… " : string.Empty);
        var at = from;
        foreach (var (_, start, length) in words.Where(w => w.Start >= from && w.Start + w.Length <= to))
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..start])).Append("<mark>").Append(HtmlEncoder.Default.Encode(text.Substring(start, length))).Append("</mark>");
            at = start + length;
        }

        html.Append(HtmlEncoder.Default.Encode(text[at..to]));
        if (to < text.Length)
        {
            html.Append(" …");
        }

        return new HtmlString(html.ToString());
    }
}

internal sealed record SearchResult(SearchDocument Document, IHtmlContent Title, IHtmlContent Snippet);

internal sealed record SearchPage(IReadOnlyList<SearchResult> Results, int Total, int PageNumber)
{
    public int TotalPages => Math.Max(1, (Total + SiteSearch.PageSize - 1) / SiteSearch.PageSize);
}
