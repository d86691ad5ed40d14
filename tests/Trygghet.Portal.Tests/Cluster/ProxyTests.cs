using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Cluster;

/// <summary>Behind a TLS-terminating proxy on 127.0.0.1: the forwarded scheme, host (with its port) and client
/// address count only when the connection comes from a configured proxy (ForwardedHeaders:KnownProxies).</summary>
public sealed class ProxyTests
{
    private const string PublicHost = "portal.example.se:8443";
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task TrustedProxy_DiscoveryAnswersHttpsWithThePublicPort_HstsAndSecureCookies()
    {
        await using var app = await StartAsync("127.0.0.1");
        using var http = Forwarded(app, proto: "https");

        var discovery = await http.GetAsync("/.well-known/openid-configuration");
        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
        using var json = JsonDocument.Parse(await discovery.Content.ReadAsStringAsync());
        Assert.Equal($"https://{PublicHost}/", json.RootElement.GetProperty("issuer").GetString());
        Assert.Equal($"https://{PublicHost}/connect/token", json.RootElement.GetProperty("token_endpoint").GetString());
        Assert.True(discovery.Headers.Contains("Strict-Transport-Security"));

        // The sign-in redirect keeps the public scheme and port; the antiforgery cookie is Secure.
        var admin = await http.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        // Relative: the browser stays on the public scheme, host and port it used (no address is built from the request).
        Assert.StartsWith("/konto/logga-in", admin.Headers.Location!.OriginalString);
        var login = await http.GetAsync("/konto/logga-in");
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TrustedProxy_ClientAddressIsTheForwardedOne()
    {
        var events = new ConcurrentQueue<(AuditEvent Event, string? Address)>();
        await using var app = await StartAsync("127.0.0.1", services => RecordAddresses(services, events));

        await FailSignInAsync(app);

        Assert.Contains(events, e => e.Event.Category == AuditCategories.SignIn && !e.Event.Succeeded && e.Address == Client);
    }

    [Fact]
    public async Task UntrustedAddress_ForwardedHeadersAreIgnored()
    {
        var events = new ConcurrentQueue<(AuditEvent Event, string? Address)>();
        // Only 192.0.2.1 is a proxy: the test's own connection from 127.0.0.1 is a stranger.
        await using var app = await StartAsync("192.0.2.1", services => RecordAddresses(services, events));
        using var http = Forwarded(app, proto: "https");

        var discovery = await http.GetAsync("/.well-known/openid-configuration");
        // Still plain http to the portal, which the OpenID Connect server refuses outside development.
        Assert.Equal(HttpStatusCode.BadRequest, discovery.StatusCode);
        Assert.False(discovery.Headers.Contains("Strict-Transport-Security"));
        var login = await http.GetAsync("/konto/logga-in");
        Assert.All(login.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));

        await FailSignInAsync(app);
        Assert.Contains(events, e => e.Event.Category == AuditCategories.SignIn && !e.Event.Succeeded && e.Address == "127.0.0.1");
        Assert.DoesNotContain(events, e => e.Address == Client);
    }

    /// <summary>As a production site runs (an https public origin) behind a proxy it forgot to trust: the proxy's
    /// requests are refused with 400 naming the setting, instead of a 500 on every page with a form, or a redirect
    /// loop; the log says what to set.</summary>
    [Fact]
    public async Task UntrustedProxy_OnAnHttpsSite_Gets400NamingKnownProxies()
    {
        await using var app = await StartAsync("192.0.2.1", publicBaseUrl: $"https://{PublicHost}");
        using var http = Forwarded(app, proto: "https");
        http.DefaultRequestHeaders.Host = PublicHost; // nginx passes the visitor's Host ($http_host), as the README has it

        var login = await http.GetAsync("/konto/logga-in");

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Contains("ForwardedHeaders:KnownProxies", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        Assert.Contains(app.Logs.Entries, e => e.Message.Contains("not a trusted proxy", StringComparison.Ordinal));
        Assert.Empty(app.Logs.Errors);
    }

    private static Task<PortalApp> StartAsync(string knownProxies, Action<IServiceCollection>? services = null, string? publicBaseUrl = null) =>
        PortalApp.StartAsync(recipe: "empty", kestrel: true, services: services,
            settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = knownProxies, ["App:PublicBaseUrl"] = publicBaseUrl });

    /// <summary>A client that talks to Kestrel directly, as nginx would, with the proxy's headers.</summary>
    private static HttpClient Forwarded(PortalApp app, string? proto)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.ServerAddress };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", Client);
        http.DefaultRequestHeaders.Add("X-Forwarded-Host", PublicHost);
        if (proto is not null)
        {
            http.DefaultRequestHeaders.Add("X-Forwarded-Proto", proto);
        }

        return http;
    }

    /// <summary>A failed sign-in through the "proxy" (no https claimed, so the cookie jar plays along).</summary>
    private static async Task FailSignInAsync(PortalApp app)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new PortalClient(new HttpClient(handler) { BaseAddress = app.ServerAddress });
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", Client);
        var response = await client.SubmitFormAsync("/konto/logga-in",
            [("Input.Email", PortalApp.AdminEmail), ("Input.Password", "fel lösenord men långt nog")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void RecordAddresses(IServiceCollection services, ConcurrentQueue<(AuditEvent, string?)> events)
    {
        services.AddHttpContextAccessor();
        services.RemoveAll<IAuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => new AddressRecorder(events, sp.GetRequiredService<IHttpContextAccessor>()));
    }

    private sealed class AddressRecorder(ConcurrentQueue<(AuditEvent, string?)> events, IHttpContextAccessor http) : IAuditTrail
    {
        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
        {
            events.Enqueue((auditEvent, http.HttpContext?.Connection.RemoteIpAddress?.ToString()));
            return Task.CompletedTask;
        }
    }
}
