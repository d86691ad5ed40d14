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

        var signIn = await client.TrySignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);

        Assert.Equal("/admin", signIn.RedirectPath());
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

        Assert.Equal("/admin/roles", toLocal.Headers.Location?.OriginalString);
        Assert.Equal("/admin", toOtherSite.Headers.Location?.OriginalString);
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
