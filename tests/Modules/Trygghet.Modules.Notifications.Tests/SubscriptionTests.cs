using System.Net;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Portal.Testing;
using static Trygghet.Modules.Notifications.Tests.NotificationsHttp;

namespace Trygghet.Modules.Notifications.Tests;

/// <summary>A citizen's subscription end to end over HTTP and real SMTP: double opt-in, mail on publishing, RFC 8058
/// one-click unsubscribe, removal of everything about an address; and the refusals of bad input.</summary>
public sealed class SubscriptionTests
{
    private const string Citizen = "medborgare@example.se";

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Subscribe_Confirm_NewsMailWithOneClickUnsubscribe_ThenNoMore(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        using var smtp = new LoopbackSmtp();
        smtp.Start();
        await using var app = await PortalApp.StartAsync(provider, recipe: "empty", settings: smtp.Settings());
        using var citizen = app.CreatePortalClient();
        using var admin = await app.CreateAdminClientAsync();

        var (_, newsPage) = await citizen.GetPageAsync("/nyheter");
        Assert.Equal("/prenumerera?amne=nyheter", newsPage.QuerySelector("main a.subscribe-link")?.GetAttribute("href"));
        var subscribed = await citizen.SubscribeAsync(Citizen);
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        Assert.NotNull((await subscribed.ReadDocumentAsync()).QuerySelector(".subscription-requested"));
        await EventuallyAsync(() => smtp.To(Citizen).Count == 1, "the confirmation mail");
        var confirmation = smtp.To(Citizen).Single();
        Assert.Contains("Bekräfta", confirmation.Subject, StringComparison.Ordinal);

        // Unconfirmed: a news item published now is not mailed to the address.
        await admin.PublishNewsAsync("Första nyheten");
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.To == Citizen && m.Subject.Contains("Första nyheten", StringComparison.Ordinal));

        var confirmLink = LinkIn(confirmation, "/prenumerera/bekrafta/");
        var confirmed = await citizen.SubmitFormAsync(confirmLink, []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull((await confirmed.ReadDocumentAsync()).QuerySelector(".subscription-confirmed"));

        // Published for staff only (Intern): never mailed.
        await admin.PublishNewsAsync("Intern nyhet om bemanning", "Intern");
        await admin.PublishNewsAsync("Trygghetsvandring i Skäggetorp");
        await EventuallyAsync(() => smtp.To(Citizen).Count == 2, "the news mail");
        var news = smtp.To(Citizen).Single(m => (m.Subject ?? string.Empty).StartsWith("Nyheter:", StringComparison.Ordinal));
        Assert.Contains("Trygghetsvandring i Skäggetorp", news.Subject, StringComparison.Ordinal);
        Assert.Contains("https://trygghet.example.se/nyheter/", news.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Subject.Contains("Intern nyhet", StringComparison.Ordinal));
        var unsubscribeHeader = news.Headers["List-Unsubscribe"]!;
        Assert.Matches("^<https://trygghet\\.example\\.se/prenumerera/avsluta/[A-Za-z0-9_-]+>$", unsubscribeHeader);
        Assert.Equal("List-Unsubscribe=One-Click", news.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = new Uri(unsubscribeHeader.Trim('<', '>')).AbsolutePath;
        Assert.Equal(unsubscribe, LinkIn(news, "/prenumerera/avsluta/"));

        // GET only asks; the mail client's one-click POST (no cookie, no antiforgery token) unsubscribes.
        // A fresh client at the site's public address (other hosts get 400): no cookie, no antiforgery token.
        using var mail = app.CreatePortalClient();
        var mailClient = mail.Http;
        var shown = await mailClient.GetAsync(unsubscribe, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Subscriptions.CountAsync(TestContext.Current.CancellationToken)));
        var oneClick = await mailClient.PostAsync(unsubscribe, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Subscriptions.CountAsync(TestContext.Current.CancellationToken)));

        await admin.PublishNewsAsync("Tredje nyheten");
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Subject.Contains("Tredje nyheten", StringComparison.Ordinal));
        await EventuallyAsync(async () => (await app.OutboxAsync()).All(m => m.State == OutboxState.Sent), "the outbox is empty");
        Assert.Equal(2, smtp.To(Citizen).Count);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task MalformedAddress_422NamingTheField_UnknownTopic_404And422_AndFormsNeedAntiforgery()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?> { ["Modules:Notifications:PostsPerMinute"] = "100" });
        using var citizen = app.CreatePortalClient();
        foreach (var bad in new[] { "inte-en-adress", "två@@example.se", "namn@exempel", "Namn <namn@example.se>", "a b@example.se", "" })
        {
            var refused = await citizen.SubscribeAsync(bad);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var document = await refused.ReadDocumentAsync();
            Assert.Contains("E-postadress", document.QuerySelector("#email-error")!.TextContent, StringComparison.Ordinal);
        }

        // Issue 17, point 8: bidi and zero-width characters make two addresses look the same; refused by name.
        foreach (var hidden in new[] { "medborgare\u200B@example.se", "medborgare@exam\u202Eple.se", "\uFEFFmedborgare@example.se", "med\u2060borgare@example.se" })
        {
            var refused = await citizen.SubscribeAsync(hidden);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("E-postadress: får inte innehålla osynliga tecken eller tecken som vänder textriktningen.",
                (await refused.ReadDocumentAsync()).QuerySelector("#email-error")!.TextContent.Trim());
            var removal = await citizen.SubmitFormAsync("/prenumerera/radera", [("Email", hidden)]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, removal.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/prenumerera?amne=hemliga-rapporter")).StatusCode);
        var unknown = await citizen.SubmitFormAsync("/prenumerera", [("amne", "hemliga-rapporter"), ("Email", Citizen)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("Ämne", (await unknown.ReadDocumentAsync()).QuerySelector("#amne-error")!.TextContent, StringComparison.Ordinal);

        var (_, form) = await citizen.GetPageAsync("/prenumerera?amne=nyheter");
        Assert.NotNull(form.QuerySelector("main form input[name='__RequestVerificationToken']"));
        using var bare = app.CreateClient();
        foreach (var path in new[] { "/prenumerera?amne=nyheter", "/prenumerera/radera", "/prenumerera/bekrafta/abc", "/prenumerera/radera/abc" })
        {
            var forged = await bare.PostAsync(path, new FormUrlEncodedContent([new("Email", Citizen)]), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Subscriptions.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Empty(await app.OutboxAsync());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task TheSameClientPostingManyTimesAMinute_Gets429()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?> { ["Modules:Notifications:PostsPerMinute"] = "5" });
        using var citizen = app.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await citizen.SubscribeAsync(Citizen)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        // Reading the pages is not limited; and the repeated address got one confirmation mail, not five.
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/prenumerera?amne=nyheter")).StatusCode);
        Assert.Single(await app.OutboxAsync());
    }

    [Fact]
    public async Task DataRemoval_ByTheLinkMailedToTheAddress_DeletesEverySubscriptionAndMessage()
    {
        using var smtp = new LoopbackSmtp();
        smtp.Start();
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: smtp.Settings());
        using var citizen = app.CreatePortalClient();
        await citizen.SubscribeAsync(Citizen);
        await EventuallyAsync(() => smtp.To(Citizen).Count == 1, "the confirmation mail");
        await citizen.SubmitFormAsync(LinkIn(smtp.To(Citizen).Single(), "/prenumerera/bekrafta/"), []);
        await citizen.SubscribeAsync("granne@example.se");

        // An unknown address gets the same answer and no mail.
        var unknown = await citizen.SubmitFormAsync("/prenumerera/radera", [("Email", "okand@example.se")]);
        Assert.NotNull((await unknown.ReadDocumentAsync()).QuerySelector(".removal-requested"));
        var requested = await citizen.SubmitFormAsync("/prenumerera/radera", [("Email", "  MEDBORGARE@example.se ")]);
        Assert.NotNull((await requested.ReadDocumentAsync()).QuerySelector(".removal-requested"));
        await EventuallyAsync(() => smtp.To(Citizen).Count == 2, "the removal mail");
        // The server keeps messages unordered: the removal mail is found by its subject.
        var link = LinkIn(smtp.To(Citizen).Single(m => m.Subject == "Ta bort dina prenumerationer"), "/prenumerera/radera/");
        Assert.Equal(1, await app.WithDbAsync(db => db.Subscriptions.CountAsync(s => s.Email == Citizen, TestContext.Current.CancellationToken)));

        var removed = await citizen.SubmitFormAsync(link, []);
        Assert.NotNull((await removed.ReadDocumentAsync()).QuerySelector(".removed"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Subscriptions.CountAsync(s => s.Email == Citizen, TestContext.Current.CancellationToken)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Removals.CountAsync(TestContext.Current.CancellationToken)));
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.To == Citizen);
        // The neighbour's subscription is not touched, and no mail was sent to the unknown address.
        Assert.Equal(1, await app.WithDbAsync(db => db.Subscriptions.CountAsync(s => s.Email == "granne@example.se", TestContext.Current.CancellationToken)));
        Assert.Empty(smtp.To("okand@example.se"));
        // A used link does nothing more.
        var (_, again) = await citizen.GetPageAsync(link);
        Assert.Null(again.QuerySelector("main form"));
        app.AssertNoErrorsLogged();
    }
}
