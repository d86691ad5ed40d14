using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OtpNet;
using Trygghet.Modules.Identity.Mfa;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>TOTP for the roles the policy names (by default every role with back-office access, and Partner): enrolment
/// without JavaScript, the second sign-in step, a code accepted once and only within one step of now, recovery
/// codes once each, and no back office before enrolment. The TOTP clock is the test's, so nothing waits for time.</summary>
public sealed class MfaTests
{
    private const string EnrolPath = "/konto/tvastegsverifiering";
    private const string SecondStepPath = "/konto/logga-in/tvastegs";

    [Fact]
    public async Task PolicyRole_CannotReachAdmin_UntilEnrolled_ThenSignsInWithACodeOnceOnly_WithinOneStep()
    {
        var clock = new ManualTotpClock(AlignedNow());
        await using var app = await StartAsync(clock);

        // A password alone opens nothing of the back office to the Administratör: enrolment first.
        using var admin = await PasswordAsync(app, EnrolPath);
        var refused = await admin.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(EnrolPath, refused.RedirectPath());
        Assert.Equal("/admin", refused.ReturnUrl());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/admin/users")).StatusCode);

        var (enrolPage, document) = await admin.GetPageAsync(EnrolPath + "?ReturnUrl=%2Fadmin");
        Assert.Equal(HttpStatusCode.OK, enrolPage.StatusCode);
        var key = document.QuerySelector(".totp-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("otpauth://totp/", document.QuerySelector(".otpauth-uri")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("secret=" + key, document.QuerySelector(".otpauth-uri")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("script"), s => s.TextContent.Contains("otpauth", StringComparison.Ordinal));

        var wrong = await admin.SubmitFormAsync(document, [("Input.Code", Code(key, clock.UtcNow.AddSeconds(-90)))]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Koden stämmer inte", (await wrong.ReadDocumentAsync()).MainText(), StringComparison.Ordinal);

        var enrolled = await admin.SubmitFormAsync(EnrolPath + "?ReturnUrl=%2Fadmin", [("Input.Code", Code(key, clock.UtcNow))]);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        var recoveryCodes = (await enrolled.ReadDocumentAsync()).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);

        // The enrolment code's step is spent: the same code does not sign in.
        using var replay = await PasswordOnlyAsync(app);
        Assert.True(await TrySecondStepAsync(replay, Code(key, clock.UtcNow)) is false, "A code already used at enrolment was accepted again.");

        clock.Advance(TimeSpan.FromSeconds(30));
        using var next = await PasswordOnlyAsync(app);
        Assert.True(await TrySecondStepAsync(next, Code(key, clock.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/admin")).StatusCode);

        using var again = await PasswordOnlyAsync(app);
        Assert.True(await TrySecondStepAsync(again, Code(key, clock.UtcNow)) is false, "A replayed code was accepted.");
        Assert.True(await TrySecondStepAsync(again, Code(key, clock.UtcNow.AddSeconds(60))) is false, "A code two steps ahead was accepted.");
        Assert.True(await TrySecondStepAsync(again, Code(key, clock.UtcNow.AddSeconds(30))), "A code one step ahead (clock drift) was refused.");
        var audit = RecordingAuditTrail.For(app.Services);
        Assert.Contains(audit, e => e.Action == "second factor refused (TOTP)" && e.Actor == PortalApp.AdminEmail && !e.Succeeded);
        Assert.Contains(audit, e => e.Action == "signed in (password and TOTP)" && e.Actor == PortalApp.AdminEmail);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_AndAnEditorWithBackOfficeAccessMustEnrolToo()
    {
        var clock = new ManualTotpClock(AlignedNow());
        await using var app = await StartAsync(clock);
        using var admin = await PasswordAsync(app, EnrolPath);
        var (_, document) = await admin.GetPageAsync(EnrolPath);
        var key = document.QuerySelector(".totp-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var enrolled = await admin.SubmitFormAsync(document, [("Input.Code", Code(key, clock.UtcNow))]);
        var recoveryCodes = (await enrolled.ReadDocumentAsync()).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();

        using var first = await PasswordOnlyAsync(app);
        Assert.True(await TryRecoveryAsync(first, recoveryCodes[0]));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        using var second = await PasswordOnlyAsync(app);
        Assert.True(await TryRecoveryAsync(second, recoveryCodes[0]) is false, "A used recovery code worked again.");
        Assert.True(await TryRecoveryAsync(second, recoveryCodes[1]));

        await first.CreateUserAsync("redaktor.mfa@example.se", "Redaktör Med Krav", "Redaktör");
        using var editor = app.CreatePortalClient();
        var signedIn = await editor.SubmitFormAsync(PortalHttp.SignInPath, [("Input.Email", "redaktor.mfa@example.se"), ("Input.Password", PortalHttp.UserPassword)]);
        Assert.Equal(EnrolPath, signedIn.RedirectPath());
        var refused = await editor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(EnrolPath, refused.RedirectPath());
    }

    /// <summary>The TOTP clock is the test's own, so these tests enrol and sign in by hand rather than through the
    /// shared helpers (whose authenticator reads the portal's TimeProvider).</summary>
    private static async Task<PortalApp> StartAsync(ManualTotpClock clock) =>
        await PortalApp.StartAsync(services: services =>
        {
            RecordingAuditTrail.Register(services);
            services.RemoveAll<TotpClock>();
            services.AddSingleton<TotpClock>(clock);
        });

    /// <summary>The administrator's password is accepted and the second step is asked for.</summary>
    private static Task<PortalClient> PasswordOnlyAsync(PortalApp app) => PasswordAsync(app, SecondStepPath);

    /// <summary>The administrator's password is accepted and the portal asks for <paramref name="next"/>.</summary>
    private static async Task<PortalClient> PasswordAsync(PortalApp app, string next)
    {
        var client = app.CreatePortalClient();
        var response = await client.SubmitFormAsync(PortalHttp.SignInPath, [("Input.Email", PortalApp.AdminEmail), ("Input.Password", PortalApp.AdminPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(next, response.RedirectPath());
        return client;
    }

    private static async Task<bool> TrySecondStepAsync(PortalClient client, string code)
    {
        var response = await client.SubmitFormAsync(SecondStepPath, [("Code", code)]);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    private static async Task<bool> TryRecoveryAsync(PortalClient client, string code)
    {
        var response = await client.SubmitFormAsync(SecondStepPath, [("RecoveryCode", code)], handler: "Recovery");
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    private static string Code(string key, DateTimeOffset at) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(at.UtcDateTime);

    /// <summary>Five seconds into a 30-second step, so ±30 s stays within the neighbouring steps.</summary>
    private static DateTimeOffset AlignedNow()
    {
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(seconds - (seconds % 30) + 5);
    }

    private sealed class ManualTotpClock(DateTimeOffset start) : TotpClock(TimeProvider.System)
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset UtcNow => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
