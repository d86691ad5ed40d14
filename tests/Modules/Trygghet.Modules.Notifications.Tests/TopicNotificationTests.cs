using System.Net;
using Trygghet.Modules.FollowUp.Tests;
using Trygghet.Modules.Identity.Tests;
using Trygghet.Portal.Testing;
using static Trygghet.Modules.Notifications.Tests.NotificationsHttp;

namespace Trygghet.Modules.Notifications.Tests;

/// <summary>The other topics citizens follow, on the demo site over real SMTP: a forum's meetings (and the notice
/// to the forum's members when a kallelse is published), a measure's progress reports, and which keys are topics.</summary>
public sealed class TopicNotificationTests
{
    private const string Citizen = "foljer@example.se";

    [Fact]
    public async Task PublishingAKallelse_NoticesTheForumsMembers_AndMailsTheForumsFollowers()
    {
        using var smtp = new LoopbackSmtp();
        smtp.Start();
        await using var app = await PortalApp.StartAsync(recipe: "demo", settings: smtp.Settings());
        using var citizen = app.CreatePortalClient();
        using var admin = await app.CreateAdminClientAsync();
        var (_, meetingsPage) = await citizen.GetPageAsync("/sammantraden");
        Assert.Contains("/prenumerera?amne=forum%2Ftrygghetsradet", meetingsPage.QuerySelectorAll("main a.subscribe-link").Select(a => a.GetAttribute("href")));
        await SubscribeAndConfirmAsync(smtp, citizen, "forum%2Ftrygghetsradet");

        var meeting = await UnpublishedMeetingAsync(admin, "trygghetsradet");
        var published = await admin.SubmitFormAsync(meeting, [], handler: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var id = meeting.Split('/')[^1];

        await EventuallyAsync(() => smtp.To(Citizen).Count == 2, "the followers' mail");
        var followerMail = smtp.To(Citizen).Single(m => m.Subject!.Contains("Kallelse: Trygghetsrådet", StringComparison.Ordinal));
        Assert.Contains($"https://trygghet.example.se/sammantraden/{id}", followerMail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(followerMail.Headers["List-Unsubscribe"]);
        // The demo's Trygghetsråd members with accounts get the notice with the members' area link, and no unsubscribe.
        foreach (var member in new[] { "karin.sjo@example.se", "anna.berg@example.se" })
        {
            await EventuallyAsync(() => smtp.To(member).Count == 1, "the notice to " + member);
            var notice = smtp.To(member).Single();
            Assert.StartsWith("Kallelse: Trygghetsrådet", notice.Subject, StringComparison.Ordinal);
            Assert.Contains($"https://trygghet.example.se/admin/mina-forum/sammantraden/{id}", notice.TextBody, StringComparison.Ordinal);
            Assert.Null(notice.Headers["List-Unsubscribe"]);
        }

        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ReportingProgressOnAPublicMeasure_MailsItsFollowers()
    {
        using var smtp = new LoopbackSmtp();
        smtp.Start();
        await using var app = await PortalApp.StartAsync(recipe: "demo", settings: smtp.Settings());
        using var citizen = app.CreatePortalClient();
        using var admin = await app.CreateAdminClientAsync();
        var (_, measurePage) = await citizen.GetPageAsync("/atgardsplan/tryggare-innerstad");
        Assert.Equal("/prenumerera?amne=atgard%2Ftryggare-innerstad", measurePage.QuerySelector("main a.subscribe-link")?.GetAttribute("href"));
        await SubscribeAndConfirmAsync(smtp, citizen, "atgard%2Ftryggare-innerstad");

        var report = await admin.MeasurePathAsync("Tryggare innerstad kvällstid") + "/report";
        var reported = await admin.SubmitWithSelectsAsync(report, [("Input.Progress", "60"), ("Input.Text", "Fler kvällsvandringar.")]);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);

        await EventuallyAsync(() => smtp.To(Citizen).Count == 2, "the followers' mail");
        var mail = smtp.To(Citizen).Single(m => m.Subject!.Contains("Ny lägesrapport för Tryggare innerstad kvällstid", StringComparison.Ordinal));
        Assert.Contains("https://trygghet.example.se/atgardsplan/tryggare-innerstad", mail.TextBody, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    /// <summary>A report through the partner API goes the back office's way (one code path): the measure's confirmed
    /// follower gets one mail about it. Before, the API saved the report and mailed no one.</summary>
    [Fact]
    public async Task ReportingProgressThroughThePartnerApi_MailsTheMeasuresFollowersOnce()
    {
        using var smtp = new LoopbackSmtp();
        smtp.Start();
        await using var app = await OidcHttp.StartAsync(extra: smtp.Settings());
        using var citizen = app.CreatePortalClient();
        await SubscribeAndConfirmAsync(smtp, citizen, "atgard%2Fkamera-stora-torget");

        using var system = app.CreateHttpsClient();
        var token = await system.ClientCredentialsTokenAsync(OidcHttp.PolisenClient);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/partner/v1/atgarder/kamera-stora-torget/rapporter")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { date = "2026-03-01", status = "pagar", progress = 60, text = "Kameran är uppsatt." }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Created, (await system.Http.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);

        await EventuallyAsync(() => smtp.To(Citizen).Count == 2, "the followers' mail");
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var reports = smtp.To(Citizen).Where(m => m.Subject!.Contains("Ny lägesrapport för", StringComparison.Ordinal)).ToList();
        var mail = Assert.Single(reports);
        Assert.Contains("/atgardsplan/kamera-stora-torget", mail.TextBody, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task PublishingAFollowUpOfAPromise_MailsTheFollowersOfItsMedborgarlofte()
    {
        using var smtp = new LoopbackSmtp();
        smtp.Start();
        await using var app = await PortalApp.StartAsync(recipe: "demo", settings: smtp.Settings());
        using var citizen = app.CreatePortalClient();
        using var admin = await app.CreateAdminClientAsync();
        var (_, setPage) = await citizen.GetPageAsync("/medborgarloften/linkoping-2026");
        Assert.Equal("/prenumerera?amne=medborgarloften%2Flinkoping-2026", setPage.QuerySelector("main a.subscribe-link")?.GetAttribute("href"));
        await SubscribeAndConfirmAsync(smtp, citizen, "medborgarloften%2Flinkoping-2026");

        // A draft follow-up of the set's first promise, written in the back office: nothing is mailed yet.
        var (_, sets) = await admin.GetPageAsync("/admin/medborgarloften");
        var set = sets.QuerySelectorAll("main table a").First(a => a.TextContent.Trim() == "Medborgarlöfte för Linköping 2026").GetAttribute("href")!;
        var (_, setAdmin) = await admin.GetPageAsync(set);
        var promise = setAdmin.QuerySelectorAll("main table a").First(a => a.GetAttribute("href")!.Contains("/loften/", StringComparison.Ordinal)).GetAttribute("href")!;
        var created = await admin.SubmitFormAsync(promise + "/uppfoljningar/new",
            [("Input.Date", "2026-11-20"), ("Input.Title", "Fotpatrullen fortsätter i vinter"), ("Input.Text", "Polisen patrullerar till fots även under vintern.")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Single(smtp.To(Citizen));

        var (_, drafts) = await admin.GetPageAsync("/admin/medborgarloften/publicera");
        var form = drafts.QuerySelectorAll("main form[data-id]").Single(f => f.QuerySelector("input[name='kind']")?.GetAttribute("value") == "FollowUp");
        var published = await admin.SubmitFormAsync(drafts, [], $"main form[data-id='{form.GetAttribute("data-id")}']");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        await EventuallyAsync(() => smtp.To(Citizen).Count == 2, "the followers' mail");
        var mail = smtp.To(Citizen).Single(m => m.Subject!.Contains("Fotpatrullen fortsätter i vinter", StringComparison.Ordinal));
        Assert.Contains("https://trygghet.example.se/medborgarloften/linkoping-2026#uppfoljning-", mail.TextBody, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("forum%2Ftrygghetsradet", HttpStatusCode.OK)]
    [InlineData("atgard%2Ftryggare-innerstad", HttpStatusCode.OK)]
    [InlineData("medborgarloften%2Flinkoping-2026", HttpStatusCode.OK)]
    [InlineData("forum%2Ffinns-inte", HttpStatusCode.NotFound)]
    [InlineData("atgard%2Ffinns-inte", HttpStatusCode.NotFound)]
    [InlineData("medborgarloften%2Ffinns-inte", HttpStatusCode.NotFound)]
    public async Task OnlyPublicMaterialIsATopic(string topic, HttpStatusCode expected)
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var citizen = app.CreatePortalClient();

        Assert.Equal(expected, (await citizen.Http.GetAsync("/prenumerera?amne=" + topic, TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task SubscribeAndConfirmAsync(LoopbackSmtp smtp, PortalClient citizen, string topic)
    {
        Assert.Equal(HttpStatusCode.OK, (await citizen.SubscribeAsync(Citizen, topic)).StatusCode);
        await EventuallyAsync(() => smtp.To(Citizen).Count == 1, "the confirmation mail");
        Assert.Equal(HttpStatusCode.OK, (await citizen.SubmitFormAsync(LinkIn(smtp.To(Citizen).Single(), "/prenumerera/bekrafta/"), [])).StatusCode);
    }

    /// <summary>The back-office page of a meeting of <paramref name="forum"/> whose kallelse is not yet published.</summary>
    private static async Task<string> UnpublishedMeetingAsync(PortalClient admin, string forum)
    {
        var (_, list) = await admin.GetPageAsync("/admin/meetings?forum=" + forum);
        foreach (var href in list.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")!))
        {
            var (_, page) = await admin.GetPageAsync(href);
            if (page.QuerySelector("form[action*='handler=Publish']") is not null)
            {
                return href;
            }
        }

        throw new InvalidOperationException("The demo has no meeting of " + forum + " with an unpublished kallelse.");
    }
}
