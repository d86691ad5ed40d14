using System.Net;
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

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Login_LocksAccountAfterFiveFailuresSoEvenTheRightPasswordIsRefused(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var client = app.CreatePortalClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await client.TrySignInAsync(PortalApp.AdminEmail, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Equal(WrongCredentials, Assert.Single((await failed.ReadDocumentAsync()).ErrorMessages()));
        }

        var fifth = await client.TrySignInAsync(PortalApp.AdminEmail, WrongPassword);
        Assert.Equal(LockedOut, Assert.Single((await fifth.ReadDocumentAsync()).ErrorMessages()));

        var right = await client.TrySignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(LockedOut, Assert.Single((await right.ReadDocumentAsync()).ErrorMessages()));
        Assert.Equal(SignInPath, (await client.GetAsync("/admin")).RedirectPath());
        app.AssertNoErrorsLogged();
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
