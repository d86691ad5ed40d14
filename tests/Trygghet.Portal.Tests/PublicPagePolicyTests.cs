using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Web.Caching;

namespace Trygghet.Portal.Tests;

/// <summary>The cache policy's decisions one by one, on requests built by hand: the cases no public page of
/// today produces (a nonce in the body, a page under /admin that opts in by mistake, an eviction mid-render).
/// The policy runs before routing and authentication, so at request time the endpoint is usually unknown.</summary>
public sealed class PublicPagePolicyTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [InlineData("anonymous GET", true)]
    [InlineData("anonymous HEAD", true)]
    [InlineData("POST", false)]
    [InlineData("signed in", false)]
    [InlineData("Authorization header", false)]
    [InlineData("sign-in cookie", false)]
    [InlineData("antiforgery cookie", true)]
    [InlineData("page under /admin", false)]
    [InlineData("page under /konto", false)]
    [InlineData("endpoint not routed yet", true)]
    [InlineData("routed endpoint without PublicCache", false)]
    public async Task Request_IsLookedUpOnlyWhenAnonymousRead(string variant, bool cached)
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        var http = Request(scope.ServiceProvider, publicCache: variant != "routed endpoint without PublicCache");
        switch (variant)
        {
            case "endpoint not routed yet": http.SetEndpoint(null); break;
            case "anonymous HEAD": http.Request.Method = HttpMethods.Head; break;
            case "POST": http.Request.Method = HttpMethods.Post; break;
            case "signed in": http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "a")], "Identity.Application")); break;
            case "Authorization header": http.Request.Headers.Authorization = "Bearer x"; break;
            case "sign-in cookie": http.Request.Headers.Cookie = "trygghet.auth=x"; break;
            case "antiforgery cookie": http.Request.Headers.Cookie = "trygghet.af=x"; break;
            case "page under /admin": http.Request.Path = "/admin/forums"; break;
            case "page under /konto": http.Request.Path = "/konto/logga-in"; break;
        }

        var context = new OutputCacheContext { HttpContext = http };
        await Policy(scope.ServiceProvider).CacheRequestAsync(context, CancellationToken.None);

        Assert.Equal(cached, context.EnableOutputCaching);
        Assert.Equal(cached, context.AllowCacheLookup);
        Assert.Equal(cached, context.AllowCacheStorage);
        if (cached)
        {
            // The page's own tags are added when it is stored (the endpoint is known by then).
            Assert.Equal([PublicCacheTags.Site], context.Tags);
        }
    }

    [Theory]
    [InlineData("plain 200", true)]
    [InlineData("nonce in markup", false)]
    [InlineData("sets a cookie", false)]
    [InlineData("404", false)]
    [InlineData("500", false)]
    [InlineData("no-store", false)]
    [InlineData("private", false)]
    [InlineData("evicted while rendering", false)]
    [InlineData("endpoint without PublicCache", false)]
    [InlineData("no endpoint (404)", false)]
    [InlineData("signed in after all", false)]
    public async Task Response_IsStoredOnlyWhenItCanBeReplayedToAnyone(string variant, bool stored)
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        var http = Request(scope.ServiceProvider, publicCache: true);
        var routed = http.GetEndpoint();
        http.SetEndpoint(null);
        var context = new OutputCacheContext { HttpContext = http };
        var policy = Policy(scope.ServiceProvider);
        await policy.CacheRequestAsync(context, CancellationToken.None);
        Assert.True(context.AllowCacheStorage);
        http.SetEndpoint(routed);
        // What the security headers middleware does on every request: reading the header value marks nothing.
        _ = scope.ServiceProvider.GetRequiredService<CspNonce>().HeaderValue;

        switch (variant)
        {
            case "nonce in markup": _ = scope.ServiceProvider.GetRequiredService<CspNonce>().Value; break;
            case "sets a cookie": http.Response.Cookies.Append("spar", "1"); break;
            case "404": http.Response.StatusCode = StatusCodes.Status404NotFound; break;
            case "500": http.Response.StatusCode = StatusCodes.Status500InternalServerError; break;
            case "no-store": http.Response.Headers.CacheControl = "no-store"; break;
            case "private": http.Response.Headers.CacheControl = "private, max-age=60"; break;
            // A tag nothing depends on: what matters is that an eviction happened after the request began.
            case "evicted while rendering": await site.App.Services.GetRequiredService<IPublicCache>().EvictAsync("test-only", CancellationToken.None); break;
            case "endpoint without PublicCache": http.SetEndpoint(new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, "test")); break;
            case "no endpoint (404)": http.SetEndpoint(null); break;
            case "signed in after all": http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "a")], "Identity.Application")); break;
        }

        await policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.Equal(stored, context.AllowCacheStorage);
        if (stored)
        {
            Assert.Equal([PublicCacheTags.Forums, PublicCacheTags.Site], context.Tags.Order());
        }
    }

    private static PublicPagePolicy Policy(IServiceProvider services) => services.GetRequiredService<PublicPagePolicy>();

    private static DefaultHttpContext Request(IServiceProvider services, bool publicCache)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = HttpMethods.Get;
        http.Request.Path = "/organisation";
        var metadata = publicCache ? new EndpointMetadataCollection(new PublicCacheAttribute(PublicCacheTags.Forums)) : EndpointMetadataCollection.Empty;
        http.SetEndpoint(new Endpoint(_ => Task.CompletedTask, metadata, "test"));
        return http;
    }
}
