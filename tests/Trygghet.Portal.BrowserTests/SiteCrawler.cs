using System.Xml.Linq;
using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>A page the crawl visited: its path, the status it answered with and where the crawl found it.</summary>
public sealed record CrawledPage(string Path, int Status, string FoundOn);

public sealed record CrawlResult(IReadOnlyList<CrawledPage> Pages)
{
    public IReadOnlyList<string> Paths => Pages.Select(p => p.Path).ToList();
}

/// <summary>Breadth-first through a browser: every same-origin <c>a[href]</c> the rendered page has, fragments and
/// query strings stripped (one page is one path), plus every &lt;loc&gt; of /sitemap.xml when it exists. Forms are
/// never submitted. New pages are found by themselves: nothing here lists the portal's pages.</summary>
public sealed class SiteCrawler(IPage page, Uri origin, Func<string, bool> inScope, int maxPages)
{
    private readonly Dictionary<string, string> _foundOn = new(StringComparer.Ordinal);
    private readonly Queue<string> _queue = new();

    /// <summary>True when <paramref name="path"/> is <paramref name="prefix"/> itself or a page below it.</summary>
    public static bool IsUnder(string path, string prefix) =>
        path.Equals(prefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase);

    public async Task<CrawlResult> CrawlAsync(IEnumerable<string> seeds, bool includeSitemap)
    {
        foreach (var seed in seeds)
        {
            Enqueue(seed, "(start)");
        }

        if (includeSitemap)
        {
            foreach (var path in await SitemapPathsAsync("/sitemap.xml"))
            {
                Enqueue(path, "/sitemap.xml");
            }
        }

        var pages = new List<CrawledPage>();
        while (_queue.TryDequeue(out var path))
        {
            if (pages.Count == maxPages)
            {
                throw new InvalidOperationException(
                    $"The crawl reached its cap of {maxPages} pages with {_queue.Count + 1} more queued (next: {path}, found on {_foundOn[path]}). " +
                    "An endless link space (calendar, paging)? Otherwise raise PortalBrowser.MaxPages deliberately.");
            }

            var response = await page.GotoAsync(path);
            pages.Add(new CrawledPage(path, response?.Status ?? 0, _foundOn[path]));

            // a.href is the browser's own resolution of the attribute against the page's address.
            var hrefs = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            foreach (var href in hrefs)
            {
                if (SameOriginPath(href) is { } linked)
                {
                    Enqueue(linked, path);
                }
            }
        }

        return new CrawlResult(pages);
    }

    private void Enqueue(string path, string foundOn)
    {
        if (inScope(path) && _foundOn.TryAdd(path, foundOn))
        {
            _queue.Enqueue(path);
        }
    }

    /// <summary>The path of a link to this site; null for mailto:, tel:, other hosts and the like.</summary>
    private string? SameOriginPath(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && uri.Scheme == origin.Scheme
        && string.Equals(uri.Authority, origin.Authority, StringComparison.OrdinalIgnoreCase)
            ? uri.AbsolutePath
            : null;

    /// <summary>The paths a sitemap (or a sitemap index's sitemaps) lists; none while the portal has no sitemap.
    /// A sitemap names pages by their public address (the production host), so only the path is taken.</summary>
    private async Task<IReadOnlyList<string>> SitemapPathsAsync(string sitemapPath, int depth = 0)
    {
        var response = await page.Context.APIRequest.GetAsync(sitemapPath);
        if (response.Status != 200)
        {
            return [];
        }

        var document = XDocument.Parse(await response.TextAsync());
        var locations = document.Descendants()
            .Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(origin, e.Value.Trim()).AbsolutePath)
            .ToList();
        if (document.Root?.Name.LocalName != "sitemapindex" || depth > 0)
        {
            return locations;
        }

        var paths = new List<string>();
        foreach (var child in locations)
        {
            paths.AddRange(await SitemapPathsAsync(child, depth + 1));
        }

        return paths;
    }
}
