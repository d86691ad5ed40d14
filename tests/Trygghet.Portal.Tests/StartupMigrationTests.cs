using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>Start-up on a database that exists already: the migrator skips a module with nothing pending and
/// applies what an upgrade brings. Each start is a new host on the same database, as after a restart.</summary>
public sealed class StartupMigrationTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Restart_AppliesOnlyWhatIsPending_AndKeepsTheSite(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var sameDatabase = new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["ConnectionStrings:Portal"] = database.ConnectionString,
        };

        string rolledBack;
        await using (var first = await PortalApp.StartAsync(provider, settings: sameDatabase))
        {
            // An older release: the action plan's newest migration is not applied yet.
            await using var scope = first.Services.CreateAsyncScope();
            var followUp = FollowUpContext(scope);
            var applied = (await followUp.Database.GetAppliedMigrationsAsync()).ToList();
            rolledBack = applied[^1];
            await followUp.GetService<IMigrator>().MigrateAsync(applied[^2]);
            Assert.Equal([rolledBack], await followUp.Database.GetPendingMigrationsAsync());
        }

        await using (var upgraded = await PortalApp.StartAsync(provider, settings: sameDatabase))
        {
            await using var scope = upgraded.Services.CreateAsyncScope();
            var followUp = FollowUpContext(scope);
            Assert.Empty(await followUp.Database.GetPendingMigrationsAsync());
            Assert.Contains(rolledBack, await followUp.Database.GetAppliedMigrationsAsync());
            using var client = upgraded.CreatePortalClient();
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/atgardsplan")).StatusCode);
            Assert.Empty(upgraded.Logs.Errors);
        }

        await using (var restarted = await PortalApp.StartAsync(provider, settings: sameDatabase))
        {
            using var client = restarted.CreatePortalClient();
            // Still set up: no redirect to /setup, and the demo content answers.
            var home = await client.Http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("Trygghetsrådet", await home.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);
            Assert.Empty(restarted.Logs.Errors);
        }
    }

    private static DbContext FollowUpContext(AsyncServiceScope scope)
    {
        var followUp = scope.ServiceProvider.GetRequiredService<ModuleDatabases>().All.Single(d => d.ModuleName == "FollowUp");
        return (DbContext)scope.ServiceProvider.GetRequiredService(followUp.ContextType);
    }
}
