using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>A session signed in with TOTP, as shipped (MFA on, the shared helpers enrol and sign in with codes): it
/// keeps its second factor past the security-stamp validation interval, the enrolment page never shows a key in use
/// and does not sign anyone out, logging out ends the session on the server, and enrolment shows a QR code.</summary>
public sealed class MfaSessionTests
{
    private const string EnrolPath = PortalClient.EnrolPath;

    [Fact]
    public async Task SignedInWithTotp_KeepsTheBackOffice_PastTheSecurityStampInterval_AndTheEnrolmentPageShowsNoKey()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await StartAsync(clock);
        using var admin = await app.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);

        foreach (var _ in Enumerable.Range(0, 3))
        {
            clock.Advance(TimeSpan.FromMinutes(4));
            var admitted = await admin.GetAsync("/admin");
            Assert.True(admitted.StatusCode == HttpStatusCode.OK, $"/admin answered {(int)admitted.StatusCode} {admitted.Headers.Location} at {clock.GetUtcNow():HH:mm}");
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        }

        var key = app.Authenticator.KeyOf(PortalApp.AdminEmail);
        var (page, document) = await admin.GetPageAsync(EnrolPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = document.DocumentElement.OuterHtml.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(key, html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(document.QuerySelector(".totp-key, .otpauth-uri, .totp-qr"));
    }

    [Fact]
    public async Task PostingACode_OnTheEnrolmentPage_OfAnEnrolledAccount_DoesNotSignOut_AndStartsOverOnlyWithAFreshCode()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await StartAsync(clock);
        using var admin = await app.CreateAdminClientAsync();
        clock.Advance(TimeSpan.FromMinutes(3));

        // The plain form of the page (as the page shows a session without its second factor), with a current code.
        var (_, document) = await admin.GetPageAsync(EnrolPath + "?ReturnUrl=%2Fadmin");
        var token = document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var posted = await admin.Http.PostAsync(EnrolPath + "?ReturnUrl=%2Fadmin", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Code", await app.Authenticator.NextCodeAsync(PortalApp.AdminEmail))]));
        Assert.Equal("/admin", posted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);

        // A wrong code starts nothing over; a fresh one gives a new key, which the old one's codes do not open.
        var oldKey = app.Authenticator.KeyOf(PortalApp.AdminEmail);
        var refused = await admin.SubmitFormAsync(EnrolPath, [("Input.Code", "000000")], handler: "Renew");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null((await refused.ReadDocumentAsync()).QuerySelector(".totp-key"));
        var renewed = await admin.SubmitFormAsync(EnrolPath, [("Input.Code", await app.Authenticator.NextCodeAsync(PortalApp.AdminEmail))], handler: "Renew");
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var (_, newKeyPage) = await admin.GetPageAsync(EnrolPath);
        var newKey = newKeyPage.QuerySelector(".totp-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEqual(oldKey, newKey);
        app.Authenticator.AddKey(PortalApp.AdminEmail, newKey);
        var enrolled = await admin.SubmitFormAsync(newKeyPage, [("Input.Code", await app.Authenticator.NextCodeAsync(PortalApp.AdminEmail))]);
        Assert.Equal(10, (await enrolled.ReadDocumentAsync()).QuerySelectorAll(".recovery-codes code").Length);
        using var again = await app.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);
        Assert.Contains(RecordingAuditTrail.For(app.Services), e => e.Action == "started over with a new TOTP key" && e.Actor == PortalApp.AdminEmail);
    }

    [Fact]
    public async Task AfterLogout_AReplayedSessionCookie_IsSentToSignIn()
    {
        await using var app = await StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var cookies = new CookieContainer();
        using var admin = new PortalClient(app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)), app.Authenticator);
        await admin.SignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
        var session = cookies.GetCookieHeader(new Uri("http://localhost/admin"));
        Assert.Contains("trygghet.auth=", session, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/konto/logga-ut", [])).StatusCode);

        using var replay = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", session);
        var replayed = await replay.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal(PortalHttp.SignInPath, replayed.RedirectPath());
    }

    [Fact]
    public async Task Enrolment_ShowsAQrCodeOfTheOtpAuthUri_AsInlineSvg_WithoutScript_AndRecoveryCodesToCopyOrPrint()
    {
        await using var app = await StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var client = app.CreatePortalClient();
        var signedIn = await client.SubmitFormAsync(PortalHttp.SignInPath, [("Input.Email", PortalApp.AdminEmail), ("Input.Password", PortalApp.AdminPassword)]);
        Assert.Equal(EnrolPath, signedIn.RedirectPath());

        var (page, document) = await client.GetPageAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var svg = document.QuerySelector("figure.totp-qr svg");
        Assert.NotNull(svg);
        Assert.NotEmpty(svg.QuerySelectorAll("path, rect"));
        Assert.Null(svg.QuerySelector("[style]"));
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Contains("issuer=", document.QuerySelector(".otpauth-uri")!.TextContent, StringComparison.Ordinal);

        var key = document.QuerySelector(".totp-key")!.TextContent;
        app.Authenticator.AddKey(PortalApp.AdminEmail, key);
        var enrolled = await client.SubmitFormAsync(document, [("Input.Code", await app.Authenticator.NextCodeAsync(PortalApp.AdminEmail))]);
        var answer = await enrolled.ReadDocumentAsync();
        var codes = answer.QuerySelectorAll(".recovery-print .recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        var copy = answer.QuerySelector<IHtmlTextAreaElement>("textarea.recovery-codes-copy")!;
        Assert.True(copy.IsReadOnly);
        Assert.Equal(codes, copy.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task AnAdministratorResetsTwoFactor_Audited_TheAccountEnrolsANewKeyAtItsNextSignIn()
    {
        await using var app = await StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var admin = await app.CreateAdminClientAsync();
        var id = await admin.CreateUserAsync("tappad.telefon@example.se", "Tappad Telefon", "Redaktör");
        using (var editor = await app.CreateSignedInClientAsync("tappad.telefon@example.se"))
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        }

        var oldKey = app.Authenticator.KeyOf("tappad.telefon@example.se");
        var reset = await admin.SubmitFormAsync("/admin/users/" + id, [], handler: "ResetTwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains(RecordingAuditTrail.For(app.Services), e => e.Action == "reset the two-factor authentication of an account"
            && e.Subject == "tappad.telefon@example.se" && e.Actor == PortalApp.AdminEmail);

        using var next = app.CreatePortalClient();
        var signedIn = await next.SubmitFormAsync(PortalHttp.SignInPath, [("Input.Email", "tappad.telefon@example.se"), ("Input.Password", PortalHttp.UserPassword)]);
        Assert.Equal(EnrolPath, signedIn.RedirectPath());
        var (_, page) = await next.GetPageAsync(signedIn.Headers.Location!.OriginalString);
        Assert.NotEqual(oldKey, page.QuerySelector(".totp-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
    }

    private static Task<PortalApp> StartAsync(FakeTimeProvider clock) =>
        PortalApp.StartAsync(services: services =>
        {
            RecordingAuditTrail.Register(services);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
}
