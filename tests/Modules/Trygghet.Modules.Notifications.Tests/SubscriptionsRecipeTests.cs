using Microsoft.EntityFrameworkCore;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Notifications.Tests;

/// <summary>The Subscriptions recipe step carries over subscribers who opted in with an earlier system.</summary>
public sealed class SubscriptionsRecipeTests
{
    private const string Head = """
        { "name": "NAME", "steps": [
          { "name": "Site", "siteName": "Trygghetsportalen", "organisation": "Kommunen", "contactEmail": "kontakt@example.se" },
          { "name": "Roles", "roles": [ { "name": "Administratör", "description": "Har alla behörigheter." } ] },
          { "name": "Subscriptions", "subscriptions": [ ENTRIES ] } ] }
        """;

    [Fact]
    public async Task Step_AddsConfirmedSubscriptions_OncePerAddressAndTopic()
    {
        var folder = Folder("med-prenumeranter", """{ "email": "Anna@Example.se", "topic": "nyheter", "confirmed": "2025-05-01T08:00:00Z" }, { "email": "anna@example.se", "topic": "nyheter" }""");
        await using var app = await PortalApp.StartAsync(recipe: "med-prenumeranter", settings: new Dictionary<string, string?> { ["Recipes:Path"] = folder });
        var subscription = Assert.Single(await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(("anna@example.se", "nyheter", new DateTime(2025, 5, 1, 8, 0, 0, DateTimeKind.Utc)), (subscription.Email, subscription.Topic, subscription.ConfirmedUtc!.Value));
    }

    [Theory]
    [InlineData("""{ "email": "inte-en-adress", "topic": "nyheter" }""", "'subscriptions[0].email' måste vara en giltig e-postadress")]
    [InlineData("""{ "email": "anna@example.se", "topic": "hemligt" }""", "'subscriptions[0].topic' måste vara ett ämne")]
    public async Task BrokenStep_StopsSetupNamingFileStepAndField(string entry, string expected)
    {
        var folder = Folder("trasig", entry);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            PortalApp.StartAsync(recipe: "trasig", settings: new Dictionary<string, string?> { ["Recipes:Path"] = folder }));
        var message = failure.ToString();
        Assert.Contains("trasig.recipe.json", message, StringComparison.Ordinal);
        Assert.Contains("(Subscriptions)", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    private static string Folder(string name, string entries)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghet-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".recipe.json"), Head.Replace("NAME", name, StringComparison.Ordinal).Replace("ENTRIES", entries, StringComparison.Ordinal));
        return folder;
    }
}
