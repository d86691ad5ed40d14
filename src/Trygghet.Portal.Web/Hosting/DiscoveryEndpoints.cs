using System.Text;
using System.Xml.Linq;
using Trygghet.Portal.Core.Discovery;
using Trygghet.Portal.Core.Http;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>/sitemap.xml and /robots.txt: public material only, for search engines.</summary>
internal static class DiscoveryEndpoints
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The host's own public pages; modules add theirs through <see cref="ISitemapSource"/>.</summary>
    private static readonly string[] HostPages = ["/", "/tillganglighet"];

    public static WebApplication MapPortalDiscovery(this WebApplication app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext context, IEnumerable<ISitemapSource> sources, ISiteModules modules, IConfiguration configuration, CancellationToken cancellationToken) =>
        {
            var origin = PublicOrigin(context, configuration);
            var entries = new List<SitemapEntry>(HostPages.Select(p => new SitemapEntry(p)));
            foreach (var source in sources.Where(s => modules.IsEnabled(s.ModuleName)))
            {
                entries.AddRange(await source.GetEntriesAsync(cancellationToken));
            }

            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemap + "urlset",
                entries.DistinctBy(e => e.Path).Select(e => new XElement(Sitemap + "url",
                    new XElement(Sitemap + "loc", origin + e.Path),
                    e.LastModified is { } modified ? new XElement(Sitemap + "lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null))));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml", Encoding.UTF8);
        }).AllowAnonymous().AnswerHeadLikeGet();

        app.MapGet("/robots.txt", (HttpContext context, IConfiguration configuration) => Results.Text(
            $"""
            User-agent: *
            Disallow: /admin
            Disallow: /konto
            Disallow: /setup
            Disallow: /samverkan
            Sitemap: {PublicOrigin(context, configuration)}/sitemap.xml

            """, "text/plain", Encoding.UTF8)).AllowAnonymous().AnswerHeadLikeGet();

        // Browsers and feed readers ask for /favicon.ico whatever the page links; the citizen theme owns the icon.
        app.MapGet("/favicon.ico", (IWebHostEnvironment environment, HttpContext context) =>
        {
            var icon = environment.WebRootFileProvider.GetFileInfo("_content/Trygghet.Themes.Citizen/icons/favicon.ico");
            if (!icon.Exists)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=604800";
            return Results.Stream(icon.CreateReadStream(), "image/x-icon");
        }).AllowAnonymous().AnswerHeadLikeGet();
        return app;
    }

    /// <summary>The site's one public origin (App:PublicBaseUrl; see <see cref="Core.Site.PublicOrigin"/>).</summary>
    private static string PublicOrigin(HttpContext context, IConfiguration configuration) =>
        Trygghet.Portal.Core.Site.PublicOrigin.Of(configuration, context);
}
