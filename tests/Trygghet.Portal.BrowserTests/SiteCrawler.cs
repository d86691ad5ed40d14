using System.Xml.Linq;
using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>An address the crawl visited: its path, the status it answered with, where the crawl found it and,
/// when it redirected, where the browser landed (that page is crawled in its own right).</summary>
public sealed record CrawledPage(string Path, int Status, string FoundOn, string? RedirectedTo = null);

public sealed record CrawlResult(IReadOnlyList<CrawledPage> Pages)
{
    /// <summary>The pages to audit: every address that rendered a page of its own (redirects excluded).</summary>
    public IReadOnlyList<string> Paths => Pages.Where(p => p.RedirectedTo is null).Select(p => p.Path).ToList();
}

public static class CrawlProblems
{
    /// <summary>Where a link sends someone to sign in or to "access denied", the link is as broken as a 404 for them.</summary>
    private static readonly string[] DeadEnds = ["/konto/logga-in", "/konto/atkomst-nekad"];

    /// <summary>Null for a page that works; otherwise what is wrong with the link, for a failure message.</summary>
    public static string? Describe(CrawledPage page) =>
        page.Status != 200 ? $"{page.Path} answered {page.Status} (found on {page.FoundOn})"
        : page.RedirectedTo is { } target && DeadEnds.Contains(target) ? $"{page.Path} sends to {target} (found on {page.FoundOn})"
        : null;
}

/// <summary>Breadth-first through a browser: every same-origin <c>a[href]</c> the rendered page has, fragments and
/// query strings stripped (one page is one path), plus every &lt;loc&gt; of /sitemap.xml when it exists. Forms are
/// never submitted. New pages are found by themselves: nothing here lists the portal's pages.</summary>
/// <remarks>Redirects are followed by the browser; the crawl goes on from where it landed, when that is in scope.</remarks>
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

            if (await IsDownloadAsync(path))
            {
                // A calendar, feed or data file: a working link, but not a page to audit (the browser would download it).
                continue;
            }

            var response = await page.GotoAsync(path);
            var landed = new Uri(page.Url).AbsolutePath;
            if (landed != path)
            {
                pages.Add(new CrawledPage(path, response?.Status ?? 0, _foundOn[path], landed));
                Enqueue(landed, path);
                continue;
            }

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

    /// <summary>True for a link that answers successfully with something other than HTML.</summary>
    private async Task<bool> IsDownloadAsync(string path)
    {
        await using var probe = await page.Context.APIRequest.GetAsync(path);
        var type = probe.Headers.TryGetValue("content-type", out var value) ? value : string.Empty;
        return probe.Ok && !type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private void Enqueue(string path, string foundOn)
    {
        if (!inScope(path) || _foundOn.ContainsKey(path))
        {
            return;
        }

        // Pages of one kind (a meeting, a paragraph, a decision) share one template: a few of each show its
        // problems, and all of them would let every new protokoll or measure grow the crawl without bound.
        var shape = Shape(path);
        var seen = _perShape.GetValueOrDefault(shape);
        if (seen >= PagesPerShape)
        {
            return;
        }

        _perShape[shape] = seen + 1;
        _foundOn[path] = foundOn;
        _queue.Enqueue(path);
    }

    /// <summary>How many pages of one shape are visited: enough to see a list's first, a middle and a last item.</summary>
    public const int PagesPerShape = 3;

    private readonly Dictionary<string, int> _perShape = new(StringComparer.Ordinal);

    /// <summary>The path with its ids (GUIDs and numbers) replaced: /admin/meetings/{}/protokoll/paragrafer/{}.</summary>
    public static string Shape(string path) =>
        string.Join('/', path.Split('/').Select(segment => Guid.TryParse(segment, out _) || (segment.Length > 0 && segment.All(char.IsAsciiDigit)) ? "{}" : segment));

    /// <summary>The path of a link to this site; null for mailto:, tel:, other hosts and the like.</summary>
    private string? SameOriginPath(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && uri.Scheme == origin.Scheme
        && string.Equals(uri.Authority, origin.Authority, StringComparison.OrdinalIgnoreCase)
            ? uri.AbsolutePath
            : null;

    /// <summary>The paths a sitemap (or a sitemap index's sitemaps) lists; none while the portal has no sitemap.</summary>
    private async Task<IReadOnlyList<string>> SitemapPathsAsync(string sitemapPath, int depth = 0)
    {
        await using var response = await page.Context.APIRequest.GetAsync(sitemapPath);
        if (response.Status != 200)
        {
            return [];
        }

        var sitemap = ReadSitemap(await response.TextAsync(), origin);
        if (!sitemap.IsIndex || depth > 0)
        {
            return sitemap.Paths;
        }

        var paths = new List<string>();
        foreach (var child in sitemap.Paths)
        {
            paths.AddRange(await SitemapPathsAsync(child, depth + 1));
        }

        return paths;
    }

    /// <summary>The path of every &lt;loc&gt; in a sitemap, or in a sitemap index the paths of its sitemaps.
    /// A sitemap names pages by their public address (the production host), so only the path is taken.</summary>
    public static (bool IsIndex, IReadOnlyList<string> Paths) ReadSitemap(string xml, Uri origin)
    {
        var document = XDocument.Parse(xml);
        var paths = document.Descendants()
            .Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(origin, e.Value.Trim()).AbsolutePath)
            .ToList();
        return (document.Root?.Name.LocalName == "sitemapindex", paths);
    }
}
