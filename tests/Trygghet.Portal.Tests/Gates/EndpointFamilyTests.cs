using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>Rules that hold for whole families of endpoints, each enumerated from the host's endpoint data source (as
/// the access matrix does), so a new endpoint is covered the day it is mapped: every GET answers HEAD alike, every
/// response to a signed-in user is no-store, every list refuses bad paging values with a 400 naming the parameter.</summary>
public sealed class EndpointFamilyTests(AccessMatrixSite site) : IClassFixture<AccessMatrixSite>
{
    /// <summary>Values of <c>sida</c>/<c>antal</c> the outside probe sent: none is a whole number from 1 up.</summary>
    public static readonly string[] BadPagingValues =
        ["0", "-1", "abc", "1.5", "1e3", " 1", "+1", "\u22121", "2147483648", "99999999999999999999", "١", "0x10"];

    private static readonly int[] SignedInRoles = [1, 2, 3, 4, 5, 6, 7];

    private IReadOnlyList<(string Pattern, Endpoint Endpoint)> GetEndpoints() => site.GetEndpoints();

    [Fact]
    public async Task EveryGetEndpoint_AnswersHead_WithTheGetsStatus_AndNoBody()
    {
        var problems = new List<string>();
        foreach (var (pattern, _) in GetEndpoints())
        {
            var url = "/" + await site.FillAsync(pattern);
            foreach (var role in new[] { 0, 7 })
            {
                var client = site.Client(role).Http;
                using var get = await client.GetAsync(url, TestContext.Current.CancellationToken);
                using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);
                var body = await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
                if (get.StatusCode != head.StatusCode || body.Length != 0)
                {
                    problems.Add($"{AccessMatrixSite.Roles[role]} {url}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode} with {body.Length} bytes");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryGetEndpoint_ForEverySignedInRole_IsNoStore_WithoutValidators()
    {
        var problems = new List<string>();
        foreach (var (pattern, _) in GetEndpoints())
        {
            var url = "/" + await site.FillAsync(pattern);
            foreach (var role in SignedInRoles)
            {
                using var response = await site.Client(role).Http.GetAsync(url, TestContext.Current.CancellationToken);
                var cacheControl = response.Headers.CacheControl;
                if (cacheControl?.NoStore != true || response.Content.Headers.LastModified is not null || response.Headers.ETag is not null)
                {
                    problems.Add($"{AccessMatrixSite.Roles[role]} {url} ({(int)response.StatusCode}): Cache-Control '{cacheControl}', Last-Modified {response.Content.Headers.LastModified}, ETag {response.Headers.ETag}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryOpenDataList_RefusesBadPagingValues_With400ProblemNamingTheParameter()
    {
        var lists = GetEndpoints().Where(e => e.Pattern.StartsWith("api/v1/", StringComparison.Ordinal)).ToList();
        Assert.True(lists.Count >= 10, "Too few open-data lists found: " + string.Join(", ", lists.Select(l => l.Pattern)));
        var anonymous = site.Client(0).Http;
        var problems = new List<string>();
        foreach (var (pattern, endpoint) in lists)
        {
            var max = endpoint.Metadata.GetMetadata<PagedListMetadata>()?.MaxPageSize;
            if (max is null)
            {
                problems.Add($"{pattern} is a list without PagedListMetadata (map it with MapOpenDataList)");
                continue;
            }

            var cases = BadPagingValues.SelectMany(v => new[] { (PageRequest.NumberParameter, v), (PageRequest.SizeParameter, v) })
                .Append((PageRequest.SizeParameter, (max.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var (parameter, value) in cases)
            {
                var url = $"/{pattern}?{parameter}={Uri.EscapeDataString(value)}";
                using var response = await anonymous.GetAsync(url, TestContext.Current.CancellationToken);
                var problem = await NamedParameterAsync(response);
                if (response.StatusCode != HttpStatusCode.BadRequest || problem != parameter)
                {
                    problems.Add($"GET {url}: {(int)response.StatusCode} {response.Content.Headers.ContentType}, problem names '{problem}'");
                }
            }

            await BeyondTheLastPageAsync(anonymous, pattern, problems);
            await LinkFollowingEndsAsync(anonymous, pattern, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Paging values are refused on pages too (they bind <c>sida</c>), for a signed-in administrator as for anyone.</summary>
    [Theory]
    [InlineData("/sammantraden")]
    [InlineData("/nyheter")]
    [InlineData("/atgardsplan")]
    [InlineData("/sok?q=trygghet")]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/innehall")]
    public async Task PagedPages_RefuseBadPageNumbers_AndShowAnEmptyPageBeyondTheLast(string page)
    {
        var admin = site.Client(7).Http;
        var separator = page.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        foreach (var value in BadPagingValues)
        {
            using var response = await admin.GetAsync($"{page}{separator}sida={Uri.EscapeDataString(value)}", TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{page} sida={value}: {(int)response.StatusCode}");
            Assert.Equal("sida", await NamedParameterAsync(response));
        }

        // Past the last page a page shows an empty list, or 404 where the page says so (the news archive); never a 5xx.
        using var last = await admin.GetAsync($"{page}{separator}sida=2147483647", TestContext.Current.CancellationToken);
        Assert.True(last.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{page} sida=2147483647: {(int)last.StatusCode}");
    }

    /// <summary>sida=2147483647 is a page past the last: 200, an empty list, a total, no next page; headers in ASCII.</summary>
    private static async Task BeyondTheLastPageAsync(HttpClient client, string pattern, List<string> problems)
    {
        var url = $"/{pattern}?sida=2147483647";
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var total = response.Headers.TryGetValues("X-Total-Count", out var totals) ? totals.Single() : null;
        var empty = pattern.EndsWith(".csv", StringComparison.Ordinal) ? body.TrimEnd().Split('\n').Length == 1 : body == "[]";
        if (response.StatusCode != HttpStatusCode.OK || !empty || total is null || !total.All(char.IsAsciiDigit) || response.Headers.Contains(HeaderNames.Link))
        {
            problems.Add($"GET {url}: {(int)response.StatusCode}, X-Total-Count '{total}', Link {response.Headers.Contains(HeaderNames.Link)}, body starts '{body[..Math.Min(40, body.Length)]}'");
        }
    }

    /// <summary>Following <c>rel="next"</c> visits every page once and stops (about seven pages, whatever the total).</summary>
    private static async Task LinkFollowingEndsAsync(HttpClient client, string pattern, List<string> problems)
    {
        using var first = await client.GetAsync($"/{pattern}?antal=1", TestContext.Current.CancellationToken);
        var total = long.Parse(first.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var size = Math.Max(1, (total + 6) / 7);
        string? next = $"/{pattern}?antal={size}";
        var pages = 0;
        while (next is not null && pages <= 100)
        {
            using var response = await client.GetAsync(next, TestContext.Current.CancellationToken);
            pages++;
            next = response.Headers.TryGetValues(HeaderNames.Link, out var links)
                ? System.Text.RegularExpressions.Regex.Match(links.Single(), "^<([^>]+)>; rel=\"next\"$").Groups[1].Value
                : null;
        }

        var expected = Math.Max(1, (total + size - 1) / size);
        if (pages != expected)
        {
            problems.Add($"/{pattern}: following Link with antal={size} took {pages} pages for {total} rows (expected {expected})");
        }
    }

    /// <summary>The one key of a ProblemDetails' <c>errors</c>, or null when the response is no problem+json.</summary>
    private static async Task<string?> NamedParameterAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Single().Name : null;
    }
}
