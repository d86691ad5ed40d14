using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Tests;

/// <summary>Enumerates the endpoints the host really has, so pages added later are checked without anyone remembering to.</summary>
public sealed class EndpointAuthorizationTests(DemoSite site) : IClassFixture<DemoSite>
{
    private IReadOnlyList<RouteEndpoint> Endpoints =>
        site.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    [Fact]
    public void EveryEndpoint_MakesAnExplicitAuthorizationDecision()
    {
        var undecided = Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(undecided.Count == 0, "No [AllowAnonymous] or [Authorize]/[RequirePermission] on: " + string.Join(", ", undecided));
        Assert.True(Endpoints.Count > 15, $"Only {Endpoints.Count} endpoints found: the enumeration is not seeing the pages.");
    }

    [Fact]
    public void EveryAdminEndpoint_RequiresAPermission_AndIsNeverAnonymous()
    {
        var admin = Endpoints.Where(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(admin);
        Assert.All(admin, endpoint =>
        {
            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.Contains(PermissionPolicy.For(CorePermissions.AccessAdmin), policies);
            Assert.True(policies.Count(p => p?.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal) == true) >= 1, endpoint.RoutePattern.RawText);
        });
    }

    [Fact]
    public async Task Hsts_IsSentOnHttpsOnly()
    {
        using var https = site.App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://trygghet.example.se"), AllowAutoRedirect = false });
        using var http = site.App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://trygghet.example.se"), AllowAutoRedirect = false });

        var secure = await https.GetAsync("/");
        var plain = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }
}
