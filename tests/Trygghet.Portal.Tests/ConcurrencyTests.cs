using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task ConcurrentWrites_AllSucceed_WithoutDatabaseLocked(string provider)
    {
        const int writers = 24;
        await using var app = await PortalApp.StartAsync(provider, recipe: "empty");
        using var client = await app.CreateAdminClientAsync();
        var (_, form) = await client.GetPageAsync("/admin/roles/new");

        // One antiforgery token serves every request of this signed-in client; the posts run at once.
        var responses = await Task.WhenAll(Enumerable.Range(0, writers).Select(i =>
            client.SubmitFormAsync(form, [("Input.Name", $"Roll {i:00}"), ("Input.Description", "Skapad samtidigt"), ("Input.Permissions", "Portal.AccessAdmin")])));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var list = await client.Http.GetStringAsync("/admin/roles");
        for (var i = 0; i < writers; i++)
        {
            Assert.Contains($"Roll {i:00}", list);
        }

        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains("database is locked", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(app.Logs.Errors);
    }
}
