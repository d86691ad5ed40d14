using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Portal.Testing;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Tests.Cluster;

/// <summary>Nodes started together on an empty database (Setup__Recipe=demo on each): one migrates and sets up
/// while the other waits for the migration lock, then finds the work done; both come up on one site.</summary>
public sealed class ClusterStartupTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task TwoNodesStartedTogetherOnAnEmptyDatabase_BothComeUp_SetupRunsOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var shared = new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["ConnectionStrings:Portal"] = database.ConnectionString,
        };

        var clock = Stopwatch.StartNew();
        var starting = new[] { StartAsync(provider, shared), StartAsync(provider, shared) };
        var results = await Task.WhenAll(starting.Select(async s =>
        {
            try
            {
                return (App: await s, Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (App: (PortalApp?)null, Error: e);
            }
        }));
        await using var a = results[0].App;
        await using var b = results[1].App;
        Assert.True(a is not null, $"Node A did not start: {results[0].Error}");
        Assert.True(b is not null, $"Node B did not start: {results[1].Error}");
        TestContext.Current.TestOutputHelper?.WriteLine($"Both nodes up after {clock.Elapsed.TotalSeconds:0.0} s");

        foreach (var node in new[] { a, b })
        {
            using var client = node.CreatePortalClient();
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);
            var home = await client.Http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("Trygghetsrådet", await home.Content.ReadAsStringAsync());
            Assert.Empty(node.Logs.Errors);
        }

        await using var scope = a.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SiteDbContext>().Sites.CountAsync());
        var forums = await scope.ServiceProvider.GetRequiredService<IForumDirectory>().ListAsync(CancellationToken.None);
        Assert.Single(forums, f => f.Slug == "trygghetsradet");
        using var admin = await b.CreateAdminClientAsync();
    }

    private static Task<PortalApp> StartAsync(string provider, Dictionary<string, string?> shared) =>
        Task.Run(() => PortalApp.StartAsync(provider, recipe: "demo", settings: shared));
}
