using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>No page shows a composite-format placeholder ("{0}", "{1}") that was never filled in. In a view, the
/// IViewLocalizer's <c>T["… {0}", x].Value</c> is the unformatted resource string (only writing the
/// LocalizedHtmlString, or T.GetString, formats it), so a title, meta description or text built that way showed
/// "{0}, sammanträde {1}". The gate crawls the demo's public site and its back office (as the administrator) over
/// HTTP and reads every response: text, &lt;title&gt;, meta content and attribute values.</summary>
public sealed partial class PlaceholderTests
{
    /// <summary>Pages fetched per shape of address (ids and years replaced), so long lists of meetings or measures do
    /// not use up the budget before every kind of page is reached.</summary>
    private const int PagesPerShape = 3;

    private const int MaxPages = 600;

    [Fact]
    public async Task NoPublicOrBackOfficePage_ShowsAnUnformattedPlaceholder()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var anonymous = app.CreatePortalClient();
        using var admin = await app.CreateAdminClientAsync();

        var publicPages = await CrawlAsync(anonymous, ["/", "/sitemap.xml"], path => !path.StartsWith("/admin", StringComparison.Ordinal));
        var backOffice = await CrawlAsync(admin, ["/admin"], path => path.StartsWith("/admin", StringComparison.Ordinal));

        var found = publicPages.Concat(backOffice)
            .SelectMany(page => Placeholder().Matches(Visible(page.Value)).Select(m => $"{page.Key}: …{Around(page.Value, m.Value)}…"))
            .ToList();
        Assert.True(found.Count == 0, "Unformatted placeholders:\n" + string.Join("\n", found));
        // The crawls must reach the pages that showed placeholders before: a meeting, a medborgarlöfte and its
        // follow-up report, the lägesbild with units, and the back office's news editor.
        Assert.Contains(publicPages.Keys, p => p.StartsWith("/sammantraden/", StringComparison.Ordinal));
        Assert.Contains(publicPages.Keys, p => p.StartsWith("/medborgarloften/", StringComparison.Ordinal) && p.EndsWith("/uppfoljning", StringComparison.Ordinal));
        Assert.Contains("/lagesbild", publicPages.Keys);
        Assert.Contains(backOffice.Keys, p => ContentEditor().IsMatch(p));
        Assert.True(backOffice.Count > 40, $"The back-office crawl reached only {backOffice.Count} pages.");
    }

    /// <summary>A breadth-first crawl over same-site links (and sitemap locations) that stay in scope; GET only.</summary>
    private static async Task<Dictionary<string, string>> CrawlAsync(PortalClient client, string[] seeds, Func<string, bool> inScope)
    {
        var fetched = new Dictionary<string, string>(StringComparer.Ordinal);
        var queued = new HashSet<string>(seeds, StringComparer.Ordinal);
        var perShape = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(seeds);
        while (queue.Count > 0 && fetched.Count < MaxPages)
        {
            var url = queue.Dequeue();
            using var response = await client.Http.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}.");
            var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            if (response.StatusCode != HttpStatusCode.OK || !(type.Contains("html", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal)))
            {
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            fetched[url] = body;
            foreach (var next in LinksIn(body, type).Where(inScope).Where(queued.Add))
            {
                var shape = Shape().Replace(next.Split('?')[0], "/{}");
                if ((perShape[shape] = perShape.GetValueOrDefault(shape) + 1) <= PagesPerShape)
                {
                    queue.Enqueue(next);
                }
            }
        }

        return fetched;
    }

    private static IEnumerable<string> LinksIn(string body, string type)
    {
        var links = type.Contains("xml", StringComparison.Ordinal)
            ? XDocument.Parse(body).Descendants().Where(d => d.Name.LocalName == "loc").Select(d => new Uri(d.Value.Trim()).PathAndQuery)
            : HtmlLink().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
        return links
            .Select(l => l.Split('#')[0])
            .Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("/konto/logga-ut", StringComparison.Ordinal) && !l.StartsWith("/media/", StringComparison.Ordinal)
                && !l.Contains("handler=csv", StringComparison.OrdinalIgnoreCase) && !l.EndsWith(".csv", StringComparison.Ordinal));
    }

    /// <summary>The markup without scripts and styles (where braces are code): text, title, meta and attributes.</summary>
    private static string Visible(string html) => ScriptOrStyle().Replace(html, string.Empty);

    private static string Around(string html, string match)
    {
        var at = html.IndexOf(match, StringComparison.Ordinal);
        return html[Math.Max(0, at - 60)..Math.Min(html.Length, at + match.Length + 20)].ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"/(?:[0-9a-fA-F-]{8,}|\d+)(?=/|$)")]
    private static partial Regex Shape();

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex HtmlLink();

    [GeneratedRegex("^/admin/innehall/[0-9a-f-]{36}$")]
    private static partial Regex ContentEditor();
}
