using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>The output cache of anonymous public pages, end to end. A response served from the cache carries an
/// Age header (the output cache middleware adds it to hits only); the stronger proof is a change written to the
/// database behind the cache's back, which a cached page does not show until its tag is evicted.
/// Each test has its own site, so what is cached is only what the test put there.</summary>
public sealed class OutputCacheTests
{
    private const string Council = "trygghetsradet";

    [Fact]
    public async Task SecondAnonymousGet_IsServedFromTheCache()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var first = await visitor.Http.GetAsync("/organisation");
        await RenameForumBehindTheCacheAsync(app, Council, "Ändrat bakom cachen");
        var second = await visitor.Http.GetAsync("/organisation");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Age"), "The first request cannot have been served from the cache.");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Contains("Age"), "The second anonymous request was not served from the cache.");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Ändrat bakom cachen", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForumEditedByAdministrator_IsShownToTheNextAnonymousVisitor()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        foreach (var path in new[] { "/", "/organisation", "/tillganglighet" })
        {
            await visitor.Http.GetAsync(path);
            Assert.True((await visitor.Http.GetAsync(path)).Headers.Contains("Age"), $"{path} was not cached before the edit.");
        }

        using var admin = await app.CreateAdminClientAsync();
        var id = (await ForumsAsync(app)).Single(f => f.Slug == Council).Id;
        var saved = await admin.SubmitFormAsync($"/admin/forums/{id}", [("Input.Name", "Trygghetsrådet (nytt namn)")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var organisation = await visitor.Http.GetAsync("/organisation");
        var home = await visitor.Http.GetAsync("/");
        Assert.False(organisation.Headers.Contains("Age"));
        Assert.Contains("Trygghetsrådet (nytt namn)", await organisation.Content.ReadAsStringAsync());
        Assert.False(home.Headers.Contains("Age"), "The start page shows forums, so it depends on the forums tag.");
        Assert.Contains("Trygghetsrådet (nytt namn)", await home.Content.ReadAsStringAsync());
        // The accessibility statement shows no forum: its entry survives the eviction of forums.
        Assert.True((await visitor.Http.GetAsync("/tillganglighet")).Headers.Contains("Age"));
    }

    [Fact]
    public async Task StartPage_DependsOnTheTagsOfEverySectionItShows()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        await visitor.Http.GetAsync("/");
        await visitor.Http.GetAsync("/organisation");

        await app.Services.GetRequiredService<IPublicCache>().EvictAsync(PublicCacheTags.Goals, CancellationToken.None);

        Assert.False((await visitor.Http.GetAsync("/")).Headers.Contains("Age"), "The start page shows goals, so it depends on the goals tag.");
        Assert.True((await visitor.Http.GetAsync("/organisation")).Headers.Contains("Age"), "The organisation page shows no goals.");
    }

    [Fact]
    public async Task EvictAll_EvictsEveryPublicPage()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        string[] paths = ["/", "/organisation", "/tillganglighet"];
        foreach (var path in paths)
        {
            await visitor.Http.GetAsync(path);
        }

        await app.Services.GetRequiredService<IPublicCache>().EvictAllAsync(CancellationToken.None);

        foreach (var path in paths)
        {
            Assert.False((await visitor.Http.GetAsync(path)).Headers.Contains("Age"), path);
        }
    }

    [Fact]
    public async Task SignedInRequests_AreNeitherServedFromNorStoredInTheCache()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        using var visitor = app.CreatePortalClient();

        // Signed-in requests first: had they been stored, the visitor's first request would be a hit.
        Assert.False((await admin.Http.GetAsync("/organisation")).Headers.Contains("Age"));
        Assert.False((await admin.Http.GetAsync("/organisation")).Headers.Contains("Age"));
        Assert.False((await visitor.Http.GetAsync("/organisation")).Headers.Contains("Age"), "A signed-in request was stored in the cache.");
        Assert.True((await visitor.Http.GetAsync("/organisation")).Headers.Contains("Age"));

        // Now an entry exists: the signed-in user still gets a fresh rendering, which shows a change the cache does not.
        await RenameForumBehindTheCacheAsync(app, Council, "Ändrat bakom cachen");
        var signedIn = await admin.Http.GetAsync("/organisation");
        Assert.False(signedIn.Headers.Contains("Age"), "A signed-in request was served from the cache.");
        Assert.Contains("Ändrat bakom cachen", await signedIn.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Ändrat bakom cachen", await visitor.Http.GetStringAsync("/organisation"));
    }

    [Theory]
    [InlineData("trygghet.auth=CfDJ8-utgangen-eller-forfalskad")]
    [InlineData("trygghet.authC1=del-av-en-uppdelad-kaka")]
    [InlineData("analys.id=1234")]
    public async Task RequestWithACookieThatMayMeanSignedIn_BypassesTheCache(string cookie)
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        await visitor.Http.GetAsync("/organisation");
        Assert.True((await visitor.Http.GetAsync("/organisation")).Headers.Contains("Age"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/organisation");
        request.Headers.Add("Cookie", cookie);
        using var bare = app.CreateClient();
        var response = await bare.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Age"));
    }

    [Fact]
    public async Task AnonymousVisitorWithOnlyTheAntiforgeryCookie_IsStillServedFromTheCache()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();
        var signIn = await visitor.Http.GetAsync("/konto/logga-in");
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("trygghet.af=", StringComparison.Ordinal));

        await visitor.Http.GetAsync("/organisation");
        Assert.True((await visitor.Http.GetAsync("/organisation")).Headers.Contains("Age"));
    }

    [Fact]
    public async Task CacheHits_CarryTheSecurityHeadersWithAFreshNonce()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var miss = await visitor.Http.GetAsync("/organisation");
        var hit = await visitor.Http.GetAsync("/organisation");

        Assert.True(hit.Headers.Contains("Age"));
        var csp = string.Join(";", hit.Headers.GetValues("Content-Security-Policy"));
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.NotEqual(string.Join(";", miss.Headers.GetValues("Content-Security-Policy")), csp);
        Assert.Equal("nosniff", hit.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", hit.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", hit.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("camera=(), microphone=(), geolocation=(), payment=()", hit.Headers.GetValues("Permissions-Policy").Single());
        Assert.Equal("same-origin", hit.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.Equal("text/html; charset=utf-8", hit.Content.Headers.ContentType?.ToString());
        Assert.False(hit.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/konto/logga-in")]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    [InlineData("/finns-inte")]
    [InlineData("/fel/404")]
    [InlineData("/admin")]
    [InlineData("/setup")]
    public async Task PagesOutsideThePublicSet_AreNeverServedFromTheCache(string path)
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.False((await visitor.Http.GetAsync(path)).Headers.Contains("Age"), $"{path} was served from the cache.");
        }
    }

    [Fact]
    public async Task ConfigurationSwitch_TurnsTheCacheOff()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo", settings: new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" });
        using var visitor = app.CreatePortalClient();
        await visitor.Http.GetAsync("/organisation");
        await RenameForumBehindTheCacheAsync(app, Council, "Syns direkt");

        var second = await visitor.Http.GetAsync("/organisation");

        Assert.False(second.Headers.Contains("Age"));
        Assert.Contains("Syns direkt", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublicCacheMetadata_IsOnlyOnAnonymousEndpointsOutsideTheBackOffice()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        var cached = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PublicCacheAttribute>() is not null)
            .ToList();

        var paths = cached.Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).ToList();
        Assert.Superset(new HashSet<string> { "/", "/organisation", "/tillganglighet", "/sammantraden", "/api/v1/beslut", "/medborgarloften", "/medborgarloften/{slug}", "/medborgarloften/feed.xml", "/api/v1/medborgarloften", "/atgardsplan", "/atgardsplan/{slug}", "/lagesbild", "/api/v1/atgarder", "/api/v1/lagesbild/indikatorer" }, paths.ToHashSet());
        Assert.DoesNotContain(paths, p => p.StartsWith("/admin", StringComparison.Ordinal) || p.StartsWith("/konto", StringComparison.Ordinal));
        Assert.All(cached, e => Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>()));
    }

    private static async Task<IReadOnlyList<ForumSummary>> ForumsAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IForumDirectory>().ListAsync(CancellationToken.None);
    }

    /// <summary>Writes straight to the forum table, as if another node or a script had: nothing is evicted, so
    /// only a page rendered afresh can show it.</summary>
    private static async Task RenameForumBehindTheCacheAsync(PortalApp app, string slug, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var governance = scope.ServiceProvider.GetRequiredService<ModuleDatabases>().All.Single(d => d.ModuleName == "Governance");
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(governance.ContextType);
        var forum = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == "Forum");
        var table = StoreObjectIdentifier.Table(forum.GetTableName()!, forum.GetSchema());
        var qualified = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        var nameColumn = forum.FindProperty("Name")!.GetColumnName(table);
        var slugColumn = forum.FindProperty("Slug")!.GetColumnName(table);
#pragma warning disable EF1002 // Identifiers come from the EF model; the values are parameters.
        var updated = await db.Database.ExecuteSqlRawAsync($"UPDATE {qualified} SET \"{nameColumn}\" = {{0}} WHERE \"{slugColumn}\" = {{1}}", name, slug);
#pragma warning restore EF1002
        Assert.Equal(1, updated);
    }
}
