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

    /// <summary>A host the site also answers to (AllowedHosts: a node's internal name, a health-check address) is
    /// still not where mail links point: before issue 17 the link took the request's host, so this mail said
    /// https://portal-intern.example.se/… .</summary>
    [Fact]
    public async Task AConfirmationAskedForThroughAnotherAllowedHost_StillLinksToTheConfiguredOrigin()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?>
        {
            ["App:PublicBaseUrl"] = Origin,
            ["AllowedHosts"] = "portal-intern.example.se",
        });
        using var citizen = Client(app, "https://portal-intern.example.se/");

        var subscribed = await citizen.SubmitFormAsync("/prenumerera?amne=nyheter", [("Email", Victim)]);

        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var mail = Assert.Single(await MailsToAsync(app, Victim));
        Assert.Equal([Origin], Regex.Matches(mail, @"https?://[^\s/]+").Select(m => m.Value).Distinct().ToList());
    }

    /// <summary>An https site reached over plain HTTP (straight to a node): a GET goes to the same path on the public
    /// origin, a POST gets 400 naming it, the health checks answer. Before, every page with a form answered 500
    /// (antiforgery's Secure cookie throws on plain HTTP).</summary>
    [Fact]
    public async Task PlainHttp_OnAnHttpsSite_IsRedirectedOrRefused_NeverA500()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?> { ["App:PublicBaseUrl"] = Origin });
        using var visitor = Client(app, "http://trygghet.example.se/");

        var page = await visitor.Http.GetAsync("/prenumerera?amne=nyheter", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
        Assert.Equal(new Uri(Origin + "/prenumerera?amne=nyheter"), page.Headers.Location);

        var post = await visitor.Http.PostAsync("/prenumerera?amne=nyheter", new FormUrlEncodedContent([new("Email", Victim)]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains(Origin, await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Empty(await MailsToAsync(app, Victim));
        Assert.Empty(app.Logs.Errors);
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
