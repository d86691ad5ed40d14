using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>Protocol details the outside probe found (issue 17, point 9): TRACE, the antiforgery cookie over HTTPS, and
/// output-cache entries made by query keys no page reads. HEAD is the family test in Gates/EndpointFamilyTests.</summary>
public sealed class ProtocolTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/nyheter")]
    [InlineData("/konto/logga-in")]
    [InlineData("/admin")]
    [InlineData("/api/v1/sammantraden")]
    [InlineData("/finns-inte")]
    public async Task Trace_Answers405(string path)
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty");
        using var client = app.CreatePortalClient();

        var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod("TRACE"), path), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task AntiforgeryCookie_IsSecure_OverHttps()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty");
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/"), AllowAutoRedirect = false });

        var response = await https.GetAsync("/konto/logga-in", TestContext.Current.CancellationToken);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("trygghet.af=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task QueryKeysNoPageReads_AreNotStoredInTheOutputCache_ThoseItReadsAre()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        foreach (var url in new[] { "/?x=1", "/nyheter?utm=abc", "/api/v1/beslut?x=1" })
        {
            await visitor.Http.GetAsync(url, TestContext.Current.CancellationToken);
            var again = await visitor.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.False(again.Headers.Contains("Age"), $"{url} was stored in the output cache: every random key would add an entry.");
        }

        foreach (var url in new[] { "/nyheter?sida=1", "/sammantraden?forum=trygghetsradet", "/api/v1/beslut?antal=5" })
        {
            await visitor.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True((await visitor.Http.GetAsync(url, TestContext.Current.CancellationToken)).Headers.Contains("Age"), $"{url} reads its query keys and should be cached.");
        }
    }
}
