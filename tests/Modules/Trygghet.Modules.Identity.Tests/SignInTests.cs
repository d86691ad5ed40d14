using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;
using static Trygghet.Modules.Identity.Tests.IdentityHttp;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>Signing in and out over HTTP, on every database provider.</summary>
public sealed class SignInTests
{
    private const string WrongPassword = "helt fel lösenord här";

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Login_WrongPasswordAndUnknownEmailShowTheSameGenericMessage(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var client = app.CreatePortalClient();

        var wrongPassword = await client.TrySignInAsync(PortalApp.AdminEmail, WrongPassword);
        var unknownEmail = await client.TrySignInAsync("finns.inte@example.se", WrongPassword);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownEmail.StatusCode);
        Assert.Equal(WrongCredentials, Assert.Single((await wrongPassword.ReadDocumentAsync()).ErrorMessages()));
        Assert.Equal(WrongCredentials, Assert.Single((await unknownEmail.ReadDocumentAsync()).ErrorMessages()));
        Assert.Equal(SignInPath, (await client.GetAsync("/admin")).RedirectPath());
        app.AssertNoErrorsLogged();
    }

    /// <summary>Issue 17, point 8: an address with a zero-width or bidi character is refused at the field, by name.</summary>
    [Theory]
    [InlineData("admin\u200B@example.se")]
    [InlineData("admin@exa\u202Emple.se")]
    public async Task Login_AddressWithHiddenCharacters_IsRefusedNamingTheField(string email)
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.CreatePortalClient();

        var answer = await client.TrySignInAsync(email, PortalApp.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("E-postadress får inte innehålla osynliga tecken eller tecken som vänder textriktningen.", (await answer.ReadDocumentAsync()).ErrorMessages());
        app.AssertNoErrorsLogged();
    }

    /// <summary>Issue 17, point 3: five requests locked any account, the administrator's included. Now failures only
    /// slow down the address and the client: after the delay the owner's right password works.</summary>
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Login_FiveWrongPasswords_DoNotStopTheOwnersSignInAfterTheDelay(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await PortalApp.StartAsync(provider, services: s => s.AddSingleton<TimeProvider>(clock));
        using var attacker = app.CreatePortalClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await attacker.TrySignInAsync(PortalApp.AdminEmail, WrongPassword);
            Assert.Equal(WrongCredentials, Assert.Single((await failed.ReadDocumentAsync()).ErrorMessages()));
            clock.Advance(TimeSpan.FromSeconds(attempt <= 3 ? 0 : 3)); // 2 s after the fourth failure
        }

        using var owner = app.CreatePortalClient();
        var throttled = await owner.TrySignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.StartsWith("För många misslyckade inloggningar. Vänta ", Assert.Single((await throttled.ReadDocumentAsync()).ErrorMessages()), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(5));
        var right = await owner.TrySignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        Assert.Equal("/admin", right.RedirectPath());
        app.AssertNoErrorsLogged();
    }

    /// <summary>Issue 17, point 3: "Kontot är tillfälligt låst" appeared only for real accounts. Every answer, throttled
    /// ones included, is now the same text and status for a known and an unknown address.</summary>
    [Fact]
    public async Task Login_KnownAndUnknownAddresses_GetTheSameAnswers_AttemptByAttempt()
    {
        // A frozen clock: the delays depend on time only, so both addresses meet them at the same attempt.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await PortalApp.StartAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        using var client = app.CreatePortalClient();
        var known = new List<string>();
        var unknown = new List<string>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            known.Add(await AnswerAsync(client, PortalApp.AdminEmail));
            unknown.Add(await AnswerAsync(client, "finns.inte@example.se"));
        }

        Assert.Equal(known, unknown);
        Assert.Contains(known, a => a.Contains("För många misslyckade inloggningar", StringComparison.Ordinal));
        Assert.DoesNotContain(known, a => a.Contains("låst", StringComparison.Ordinal));
        app.AssertNoErrorsLogged();
    }

    /// <summary>Issue 17, point 3: every anonymous failure was an audit row. Now one per address and window, then the
    /// 10th, 100th …, so thirty failures (each after its delay) leave a handful of rows.</summary>
    [Fact]
    public async Task Login_ManyFailures_LeaveABoundedNumberOfAuditRows()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await PortalApp.StartAsync(services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            RecordingAuditTrail.Register(s);
        });
        using var client = app.CreatePortalClient();
        for (var attempt = 1; attempt <= 30; attempt++)
        {
            var failed = await client.TrySignInAsync("x;=1+1;@x.se", WrongPassword);
            Assert.Equal(WrongCredentials, Assert.Single((await failed.ReadDocumentAsync()).ErrorMessages()));
            clock.Advance(TimeSpan.FromSeconds(65)); // past the longest delay, so every attempt is checked
        }

        var rows = RecordingAuditTrail.For(app.Services).Where(e => e.Category == Portal.Core.Audit.AuditCategories.SignIn && !e.Succeeded).ToList();
        Assert.InRange(rows.Count, 1, 6);
        Assert.All(rows, r => Assert.Equal("x;=1+1;@x.se", r.Subject));
        Assert.Contains(rows, r => r.Action.StartsWith("sign-in failed (10 times", StringComparison.Ordinal));
    }

    private static async Task<string> AnswerAsync(PortalClient client, string email)
    {
        var answer = await client.TrySignInAsync(email, WrongPassword);
        var messages = (await answer.ReadDocumentAsync()).ErrorMessages();
        // The seconds left differ by the time between two requests; the words must not.
        return (int)answer.StatusCode + " " + System.Text.RegularExpressions.Regex.Replace(string.Join(" | ", messages), "[0-9]+", "N");
    }

    /// <summary>Issue 17, point 3: a password is verified for an unknown address too (against a dummy hash), so the
    /// time taken does not tell whether the address has an account.</summary>
    [Fact]
    public async Task Login_UnknownAddress_VerifiesAPasswordHashLikeAKnownOne()
    {
        var hasher = new CountingHasher();
        await using var app = await PortalApp.StartAsync(services: s => s.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Users.PortalUser>>(hasher));
        using var client = app.CreatePortalClient();

        await client.TrySignInAsync(PortalApp.AdminEmail, WrongPassword);
        var forKnown = hasher.Verifications;
        await client.TrySignInAsync("finns.inte@example.se", WrongPassword);

        Assert.Equal(1, forKnown);
        Assert.Equal(2, hasher.Verifications);
    }

    private sealed class CountingHasher : Microsoft.AspNetCore.Identity.PasswordHasher<Users.PortalUser>
    {
        private int _verifications;

        public int Verifications => _verifications;

        public override Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(Users.PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Login_RightPasswordRedirectsToAdminAndPostedLogoutSignsOut(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var client = app.CreatePortalClient();

        // The right password leads the Administratör on to TOTP (set up here the first time), then to /admin.
        var signIn = await client.TrySignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        Assert.Equal(PortalClient.EnrolPath, signIn.RedirectPath());
        Assert.Equal("/admin", signIn.ReturnUrl());
        await client.SignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        var (admin, page) = await client.GetPageAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("Översikt", page.QuerySelector("main h1")?.TextContent.Trim());

        // Opening the sign-out page is not signing out: only its form's POST is.
        var (logoutPage, _) = await client.GetPageAsync("/konto/logga-ut");
        Assert.Equal(HttpStatusCode.OK, logoutPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var logout = await client.SubmitFormAsync("/konto/logga-ut", []);

        Assert.Equal("/", logout.RedirectPath());
        var afterwards = await client.GetAsync("/admin");
        Assert.Equal(SignInPath, afterwards.RedirectPath());
        Assert.Equal("/admin", afterwards.ReturnUrl());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Login_ReturnsToTheLocalReturnUrlButNeverToAnotherSite()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.CreatePortalClient();
        using var other = app.CreatePortalClient();

        var toLocal = await client.SubmitFormAsync(SignInPath + "?ReturnUrl=%2Fadmin%2Froles",
            [("Input.Email", PortalApp.AdminEmail), ("Input.Password", PortalApp.AdminPassword)]);
        var toOtherSite = await other.SubmitFormAsync(SignInPath + "?ReturnUrl=https%3A%2F%2Fangripare.example%2F",
            [("Input.Email", PortalApp.AdminEmail), ("Input.Password", PortalApp.AdminPassword)]);

        // The Administratör goes on to set up TOTP first; the return address is carried there.
        Assert.Equal(PortalClient.EnrolPath, toLocal.RedirectPath());
        Assert.Equal("/admin/roles", toLocal.ReturnUrl());
        Assert.Equal("/admin", toOtherSite.ReturnUrl());
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/new")]
    [InlineData("/admin/roles")]
    public async Task Admin_SendsAnonymousVisitorToSignInWithReturnUrl(string path)
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.CreatePortalClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SignInPath, response.RedirectPath());
        Assert.Equal(path, response.ReturnUrl());
    }
}
