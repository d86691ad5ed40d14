using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests.External;

/// <summary>Staff sign-in through the municipality's OpenID Connect provider (the portal's OpenIddict client), driven
/// over real HTTP against a second OpenIddict server in the test process: the sign-in button's challenge, the
/// provider's authorization endpoint (PKCE must be there), and the portal's callback. Nobody unknown gets in, a
/// tampered answer is refused, and the provider's "amr" decides whether the portal asks for its own TOTP.</summary>
public sealed class ExternalSignInTests
{
    private const string PortalCallback = "https://localhost/signin-oidc";
    private const string StaffEmail = "personal@kommun.example.se";

    [Fact]
    public async Task StaffMember_SignsInThroughTheProvider_WithPkce_ReachesAdmin_AndIsKnownBySubjectNextTime()
    {
        await using var idp = await TestIdentityProvider.StartAsync(PortalCallback);
        await using var app = await StartPortalAsync(idp);
        using (var admin = await app.CreateAdminClientAsync())
        {
            await admin.CreateUserAsync(StaffEmail, "Personal Persson", "Redaktör");
        }

        using var browser = app.CreateHttpsClient();
        // The provider did a second factor (as shipped, a Redaktör must have one: the provider's counts).
        idp.NextPerson = new ProviderPerson("sub-personal", StaffEmail, true, "pwd", "mfa");
        var back = await SignInThroughProviderAsync(browser, idp, "/admin");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/admin", back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);

        var request = Assert.Single(idp.AuthorizationRequests);
        Assert.Equal("code", request["response_type"]);
        Assert.Equal("S256", request["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(request["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(request["state"]));
        Assert.Equal(PortalCallback, request["redirect_uri"]);

        // The first sign-in linked the account to the provider's subject: a changed address at the provider still
        // finds the same person.
        using var later = app.CreateHttpsClient();
        idp.NextPerson = new ProviderPerson("sub-personal", "nytt.namn@kommun.example.se", true, "pwd", "mfa");
        Assert.Equal("/admin", (await SignInThroughProviderAsync(later, idp, "/admin")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/admin")).StatusCode);

        var audit = RecordingAuditTrail.For(app.Services);
        Assert.Equal(2, audit.Count(e => e.Action == "signed in (external provider with MFA)" && e.Actor == StaffEmail));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task UnknownPerson_UnverifiedAddress_AndAnotherSubjectForALinkedAccount_AreRefusedInSwedish_AndAudited()
    {
        await using var idp = await TestIdentityProvider.StartAsync(PortalCallback);
        await using var app = await StartPortalAsync(idp);
        using (var admin = await app.CreateAdminClientAsync())
        {
            await admin.CreateUserAsync(StaffEmail, "Personal Persson", "Redaktör");
        }

        using var stranger = app.CreateHttpsClient();
        idp.NextPerson = new ProviderPerson("sub-okand", "okand@kommun.example.se");
        await AssertRefusedAsync(stranger, await SignInThroughProviderAsync(stranger, idp, "/admin"), "gav inget konto i portalen");

        // A known address the provider does not vouch for links nothing.
        using var unverified = app.CreateHttpsClient();
        idp.NextPerson = new ProviderPerson("sub-overifierad", StaffEmail, EmailVerified: false);
        await AssertRefusedAsync(unverified, await SignInThroughProviderAsync(unverified, idp, "/admin"), "gav inget konto i portalen");

        using var owner = app.CreateHttpsClient();
        idp.NextPerson = new ProviderPerson("sub-agare", StaffEmail);
        Assert.Equal("/admin", (await SignInThroughProviderAsync(owner, idp, "/admin")).Headers.Location!.OriginalString);
        using var other = app.CreateHttpsClient();
        idp.NextPerson = new ProviderPerson("sub-nagon-annan", StaffEmail);
        await AssertRefusedAsync(other, await SignInThroughProviderAsync(other, idp, "/admin"), "gav inget konto i portalen");

        var audit = RecordingAuditTrail.For(app.Services);
        Assert.Contains(audit, e => e.Action == "external sign-in refused (no portal account)" && e.Subject == "okand@kommun.example.se" && !e.Succeeded);
        Assert.Equal(3, audit.Count(e => e.Action == "external sign-in refused (no portal account)"));
    }

    [Fact]
    public async Task TamperedState_OrAnAnswerWithoutState_IsRefused()
    {
        await using var idp = await TestIdentityProvider.StartAsync(PortalCallback);
        await using var app = await StartPortalAsync(idp);
        using (var admin = await app.CreateAdminClientAsync())
        {
            await admin.CreateUserAsync(StaffEmail, "Personal Persson", "Redaktör");
        }

        // The provider did a second factor (as shipped, a Redaktör must have one: the provider's counts).
        idp.NextPerson = new ProviderPerson("sub-personal", StaffEmail, true, "pwd", "mfa");
        using var browser = app.CreateHttpsClient();
        var tampered = await SignInThroughProviderAsync(browser, idp, "/admin", callback =>
        {
            var query = QueryHelpers.ParseQuery(new Uri(callback).Query);
            var state = query["state"].ToString();
            return QueryHelpers.AddQueryString("/signin-oidc", new Dictionary<string, string?>
            {
                ["code"] = query["code"].ToString(),
                ["state"] = state[..^4] + (state.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"),
                ["iss"] = query["iss"].ToString(),
            });
        });
        await AssertRefusedAsync(browser, tampered, "kunde inte slutföras");

        var stateless = await browser.Http.GetAsync("/signin-oidc?code=abc", TestContext.Current.CancellationToken);
        await AssertRefusedAsync(browser, stateless, "kunde inte slutföras");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);
        Assert.Contains(RecordingAuditTrail.For(app.Services), e => e.Action == "external sign-in refused (invalid answer)" && !e.Succeeded);
    }

    [Fact]
    public async Task ProviderMfa_CountsAsTheSecondFactor_WithoutIt_ThePolicyAsksForTheportalsTotp()
    {
        await using var idp = await TestIdentityProvider.StartAsync(PortalCallback);
        var settings = idp.PortalSettings();
        settings["Modules:Identity:Mfa:Required"] = "true";
        await using var app = await PortalApp.StartAsync(settings: settings, services: RecordingAuditTrail.Register, clock: TimeProvider.System);

        using var withMfa = app.CreateHttpsClient();
        idp.NextPerson = new ProviderPerson("sub-admin", PortalApp.AdminEmail, true, "pwd", "mfa");
        Assert.Equal("/admin", (await SignInThroughProviderAsync(withMfa, idp, "/admin")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await withMfa.GetAsync("/admin")).StatusCode);

        using var passwordOnly = app.CreateHttpsClient();
        idp.NextPerson = new ProviderPerson("sub-admin", PortalApp.AdminEmail, true, "pwd");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInThroughProviderAsync(passwordOnly, idp, "/admin")).StatusCode);
        var refused = await passwordOnly.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/konto/tvastegsverifiering", refused.RedirectPath());
        Assert.Contains(RecordingAuditTrail.For(app.Services), e => e.Action == "signed in (external provider with MFA)" && e.Actor == PortalApp.AdminEmail);
    }

    [Fact]
    public async Task WithoutSettings_ThereIsNoButton_AndNoCallback()
    {
        await using var app = await PortalApp.StartAsync();
        using var browser = app.CreateHttpsClient();
        var (page, document) = await browser.GetPageAsync(PortalHttp.SignInPath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(document.QuerySelector("form.external-sign-in"));
        Assert.DoesNotContain("kommunens konto", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/signin-oidc?code=x&state=y")).StatusCode);
    }

    /// <summary>The portal on the machine's clock, like the test provider beside it: two systems that check each other's
    /// token lifetimes must agree on the time, as real ones do. No dated content is read.</summary>
    private static Task<PortalApp> StartPortalAsync(TestIdentityProvider idp) =>
        PortalApp.StartAsync(settings: idp.PortalSettings(), services: RecordingAuditTrail.Register, clock: TimeProvider.System);

    /// <summary>Presses "Logga in med kommunens konto", lets the provider answer and follows its redirect back to
    /// the portal's callback (optionally altered on the way, as an attacker would).</summary>
    private static async Task<HttpResponseMessage> SignInThroughProviderAsync(PortalClient browser, TestIdentityProvider idp, string returnUrl, Func<string, string>? tamper = null)
    {
        var (page, document) = await browser.GetPageAsync(PortalHttp.SignInPath + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Logga in med kommunens konto", document.QuerySelector("form.external-sign-in button")!.TextContent, StringComparison.Ordinal);
        var challenge = await browser.SubmitFormAsync(document, [], formSelector: "form.external-sign-in");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(idp.Issuer.AbsoluteUri + "connect/authorize", authorize.AbsoluteUri, StringComparison.Ordinal);

        using var toProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await toProvider.GetAsync(authorize, TestContext.Current.CancellationToken);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"The provider answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        var callback = answer.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(PortalCallback + "?", callback, StringComparison.Ordinal);
        var target = tamper?.Invoke(callback) ?? new Uri(callback).PathAndQuery;
        return await browser.Http.GetAsync(target, TestContext.Current.CancellationToken);
    }

    private static async Task AssertRefusedAsync(PortalClient browser, HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PortalHttp.SignInPath, response.RedirectPath());
        var (page, document) = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(message, document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);
    }
}
