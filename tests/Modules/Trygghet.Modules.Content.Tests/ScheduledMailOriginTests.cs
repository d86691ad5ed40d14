using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>Mail made by background work (the scheduler publishing a news item, outside any request) links to the
/// site's public origin: App:PublicBaseUrl, or, on a developer's host without it, the address the server listens on;
/// never http://localhost/ without a port (issue 16, point 5).</summary>
public sealed class ScheduledMailOriginTests
{
    private const string Subscriber = "nyfiken@example.se";
    private static readonly DateTimeOffset Start = new(2030, 1, 14, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ScheduledNews_MailsSubscribers_WithLinksOnTheConfiguredOrigin()
    {
        const string origin = "https://trygghet.example.se";
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?> { ["App:PublicBaseUrl"] = origin });
        using var citizen = new PortalClient(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(origin + "/"), AllowAutoRedirect = false }));

        await SubscribeAndConfirmAsync(app, citizen);
        var mail = await PublishScheduledAsync(app, "Schemalagd med ursprung");

        Assert.Equal([origin], Origins(mail));
        Assert.Contains(origin + "/nyheter/schemalagd-med-ursprung", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledNews_OnAHostWithoutPublicBaseUrl_LinksToTheAddressTheServerListensOn()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", kestrel: true);
        var origin = app.ServerAddress.GetLeftPart(UriPartial.Authority);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var citizen = new PortalClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = app.ServerAddress });

        await SubscribeAndConfirmAsync(app, citizen);
        var mail = await PublishScheduledAsync(app, "Schemalagd utan inställning");

        Assert.Equal([origin], Origins(mail));
    }

    private static async Task SubscribeAndConfirmAsync(PortalApp app, PortalClient citizen)
    {
        var subscribed = await citizen.SubmitFormAsync("/prenumerera?amne=nyheter", [("Email", Subscriber)]);
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var link = Regex.Match(Assert.Single(await MailsAsync(app)), "/prenumerera/bekrafta/[A-Za-z0-9_-]+").Value;
        Assert.Equal(HttpStatusCode.OK, (await citizen.SubmitFormAsync(link, [])).StatusCode);
    }

    /// <summary>Creates a news item scheduled for Start + 1 minute and runs the scheduler's job in a scope of its own,
    /// outside any request, as the background service does; returns the subscriber's mail about it.</summary>
    private static async Task<string> PublishScheduledAsync(PortalApp app, string title)
    {
        var clock = new FakeTimeProvider(Start);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var editor = Editor(scope, clock);
            var saved = await editor.SaveAsync(null, ContentKind.Nyhet, new ContentDraft { Title = title, Body = "Text." }, null, "test", CancellationToken.None);
            Assert.True(saved.Succeeded);
            Assert.True((await editor.ScheduleAsync(saved.Item!, saved.Item!.Version, Start.AddMinutes(1).UtcDateTime, null, CancellationToken.None)).Succeeded);
        }

        clock.SetUtcNow(Start.AddMinutes(1));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var job = new ScheduledPublishing(scope.ServiceProvider.GetRequiredService<ContentDbContext>(), clock, Editor(scope, clock), NullLogger<ScheduledPublishing>.Instance);
            Assert.Equal(1, await job.RunDueAsync(CancellationToken.None));
        }

        return Assert.Single(await MailsAsync(app), m => m.Contains(title, StringComparison.Ordinal));
    }

    private static ContentEditor Editor(AsyncServiceScope scope, TimeProvider clock) => new(
        scope.ServiceProvider.GetRequiredService<ContentDbContext>(), clock, scope.ServiceProvider.GetRequiredService<Trygghet.Portal.Core.Publishing.UnitOfWork>(),
        scope.ServiceProvider.GetRequiredService<IPublicChangeNotifications>());

    private static List<string> Origins(string mail) => Regex.Matches(mail, @"https?://[^\s/]+").Select(m => m.Value).Distinct().ToList();

    private static async Task<List<string>> MailsAsync(PortalApp app)
    {
        await using var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(app.Database.DataPath, "portal.db")}");
        await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = database.CreateCommand();
        read.CommandText = "SELECT TextBody FROM notifications_Messages WHERE \"To\" = $to";
        read.Parameters.AddWithValue("$to", Subscriber);
        var mails = new List<string>();
        await using var reader = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            mails.Add(reader.GetString(0));
        }

        return mails;
    }
}
