using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>App:PublicBaseUrl is the one origin of every absolute link: a forged Host header is refused before it can
/// reach a mail, and Production does not start without the setting (docs/adr/0023).</summary>
public sealed class PublicOriginTests
{
    private const string Origin = "https://trygghet.example.se";
    private const string Victim = "offer@example.se";

    [Fact]
    public async Task SubscribingWithAForgedHost_Answers400_AndQueuesNoMail()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?> { ["App:PublicBaseUrl"] = Origin });
        using var attacker = Client(app, "http://evil.example/");

        var form = await attacker.Http.GetAsync("/prenumerera?amne=nyheter", TestContext.Current.CancellationToken);
        var post = await attacker.Http.PostAsync("/prenumerera?amne=nyheter", new FormUrlEncodedContent([new("Email", Victim)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Empty(await MailsToAsync(app, Victim));
    }

    [Fact]
    public async Task TheConfirmationMail_LinksToTheConfiguredOrigin()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?> { ["App:PublicBaseUrl"] = Origin });
        using var citizen = Client(app, Origin + "/");

        var subscribed = await citizen.SubmitFormAsync("/prenumerera?amne=nyheter", [("Email", Victim)]);

        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var mail = Assert.Single(await MailsToAsync(app, Victim));
        var links = Regex.Matches(mail, @"https?://[^\s/]+").Select(m => m.Value).Distinct().ToList();
        Assert.Equal([Origin], links);
        Assert.Contains(Origin + "/prenumerera/bekrafta/", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithoutPublicBaseUrl_RefusesToStart_NamingTheSetting()
    {
        var data = Path.Combine(Path.GetTempPath(), "trygghet-origin", Guid.NewGuid().ToString("N"));
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("App:DataPath", data);
        });

        var failure = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("App:PublicBaseUrl is not configured", Flatten(failure), StringComparison.Ordinal);
    }

    private static PortalClient Client(PortalApp app, string baseAddress) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>The text of every mail in the outbox to <paramref name="to"/> (no SMTP server: mail waits there).</summary>
    internal static async Task<List<string>> MailsToAsync(PortalApp app, string to)
    {
        await using var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(app.Database.DataPath, "portal.db")}");
        await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = database.CreateCommand();
        read.CommandText = "SELECT TextBody FROM notifications_Messages WHERE \"To\" = $to";
        read.Parameters.AddWithValue("$to", to);
        var mails = new List<string>();
        await using var reader = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            mails.Add(reader.GetString(0));
        }

        return mails;
    }

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : exception.Message + (exception.InnerException is { } inner ? " | " + Flatten(inner) : string.Empty);
}
