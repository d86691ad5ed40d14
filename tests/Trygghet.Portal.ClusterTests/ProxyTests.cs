using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Trygghet.Portal.ClusterTests;

/// <summary>Issue 18.1 through the real proxy: OpenID Connect and the partner API over https with the public port, HSTS
/// and Secure cookies.</summary>
public sealed class ProxyTests
{
    private static string Origin => ClusterSite.PublicUrl.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task Discovery_NamesTheHttpsOriginWithItsPort_AndAPartnerSystemReportsThroughTheProxy()
    {
        ClusterSite.EnsureRunning();
        using var client = ClusterSite.Client();

        var discovery = JsonDocument.Parse(await client.Http.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        Assert.Equal(Origin + "/", discovery.GetProperty("issuer").GetString());
        foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint" })
        {
            Assert.StartsWith(Origin + "/", discovery.GetProperty(endpoint).GetString(), StringComparison.Ordinal);
        }

        var token = await ClusterSite.PartnerTokenAsync(client.Http);
        var measures = await client.Http.SendAsync(ClusterSite.Bearer(HttpMethod.Get, "/api/partner/v1/atgarder", token));
        Assert.Equal(HttpStatusCode.OK, measures.StatusCode);
        var slug = JsonDocument.Parse(await measures.Content.ReadAsStringAsync()).RootElement.EnumerateArray().First().GetProperty("slug").GetString();
        var report = await client.Http.SendAsync(ClusterSite.Bearer(HttpMethod.Post, $"/api/partner/v1/atgarder/{slug}/rapporter", token,
            JsonContent.Create(new { date = DateTime.UtcNow.ToString("yyyy-MM-dd"), status = "pagar", progress = 40, text = "Rapport genom proxyn" })));
        Assert.True(report.StatusCode == HttpStatusCode.Created, await report.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Https_SendsHsts_AndEveryCookieIsSecure()
    {
        ClusterSite.EnsureRunning();
        using var client = ClusterSite.Client();

        var home = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(home.Headers.Contains("Strict-Transport-Security"), "No HSTS over https through the proxy.");

        var signIn = await client.Http.GetAsync("/konto/logga-in");
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The README's port-80 server sends visitors to the public origin with its port, path and query; it
    /// used to redirect to https://$host, which dropped a port other than 443 (8443 here).</summary>
    [Fact]
    public async Task PlainHttp_RedirectsToThePublicOrigin_WithItsPort()
    {
        ClusterSite.EnsureRunning();
        using var client = ClusterSite.Client();

        var response = await client.Http.GetAsync(new Uri(ClusterSite.PlainHttpUrl, "/organisation?sida=2"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(new Uri(ClusterSite.PublicUrl, "/organisation?sida=2"), response.Headers.Location);
    }
}
