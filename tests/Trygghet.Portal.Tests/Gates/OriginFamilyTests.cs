using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>The demo site with a public origin whose scheme and port differ from the address the test visitor uses:
/// a link built from the request would show <c>http://trygghet.example.se</c>, one built from configuration shows
/// <see cref="Origin"/>.</summary>
public sealed class OriginMatrixSite : AccessMatrixSite
{
    public const string Origin = "https://trygghet.example.se:8443";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["App:PublicBaseUrl"] = Origin };
}

/// <summary>Every absolute link the portal writes, on every GET endpoint (enumerated from the endpoint data source, so a
/// new page, feed or format is covered the day it is mapped), comes from App:PublicBaseUrl, never from the request's
/// scheme, host or port; and every endpoint refuses a foreign Host (issue 17, point 1; docs/adr/0023).</summary>
public sealed class OriginFamilyTests(OriginMatrixSite site) : IClassFixture<OriginMatrixSite>
{
    /// <summary>Any absolute URL on the site's host, with whatever scheme and port.</summary>
    private static readonly Regex SiteUrl = new(@"(?:https?:)?//trygghet\.example\.se(?::\d+)?", RegexOptions.CultureInvariant);

    private IEnumerable<string> GetPatterns() => site.GetEndpoints().Select(e => e.Pattern);

    [Fact]
    public async Task EveryGetEndpoint_LinksOnlyToTheConfiguredOrigin_WhateverSchemeAndPortTheRequestUsed()
    {
        // Same host (host filtering lets it in), other scheme and port: what a misconfigured proxy would pass on.
        using var visitor = Visitor(site.App, "http://trygghet.example.se/");
        var problems = new List<string>();
        var linked = 0;
        foreach (var pattern in GetPatterns())
        {
            var url = "/" + await site.FillAsync(pattern);
            foreach (var client in new[] { visitor.Http, site.Client(7).Http })
            {
                using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
                var text = string.Join("\n", response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value))
                    + "\n" + await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                var wrong = SiteUrl.Matches(text).Select(m => m.Value).Where(u => u != OriginMatrixSite.Origin).Distinct().ToList();
                linked += SiteUrl.Count(text) > 0 ? 1 : 0;
                if (wrong.Count > 0)
                {
                    problems.Add($"{url} ({(int)response.StatusCode}): {string.Join(", ", wrong)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The feeds, sitemap, robots, DCAT, calendars, Open Graph and the API's url fields are among them.
        Assert.True(linked >= 10, $"Only {linked} responses held an absolute link: the gate would not notice a wrong one.");
    }

    [Fact]
    public async Task EveryGetEndpoint_RefusesAForeignHost()
    {
        using var attacker = Visitor(site.App, "http://evil.example/");
        var answered = new List<string>();
        foreach (var pattern in GetPatterns())
        {
            var url = "/" + await site.FillAsync(pattern);
            using var response = await attacker.Http.GetAsync(url, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                answered.Add($"{url}: {(int)response.StatusCode}");
            }
        }

        Assert.True(answered.Count == 0, string.Join("\n", answered));
    }

    private static PortalClient Visitor(PortalApp app, string baseAddress) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = true }));
}
