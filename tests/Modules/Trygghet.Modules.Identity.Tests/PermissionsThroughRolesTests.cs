using System.Net;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;
using static Trygghet.Modules.Identity.Tests.IdentityHttp;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>Permissions reach people through their roles, end to end: what a role holds decides what its
/// members may open and see, and a change to the role takes effect in sessions already signed in.</summary>
public sealed class PermissionsThroughRolesTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Permissions_GrantingManageUsersToRedaktorOpensUsersAdminWithoutSigningInAgain(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("redaktor@example.se", "Rita Redaktör", "Redaktör");
        using var redaktor = await app.CreateSignedInClientAsync("redaktor@example.se");

        // Redaktör holds only Portal.AccessAdmin: the overview opens, the account pages do not.
        Assert.Equal(HttpStatusCode.OK, (await redaktor.GetAsync("/admin")).StatusCode);
        var denied = await redaktor.GetAsync("/admin/users");
        Assert.Equal(AccessDeniedPath, denied.RedirectPath());
        Assert.Equal("/admin/users", denied.ReturnUrl());
        var (deniedPage, deniedDocument) = await redaktor.GetPageAsync(denied.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        Assert.Equal("Åtkomst nekad", deniedDocument.QuerySelector("main h1")?.TextContent.Trim());

        var roleId = await admin.RoleIdAsync("Redaktör");
        var grant = await admin.SubmitFormAsync($"/admin/roles/{roleId}",
            [("Input.Permissions", "Portal.AccessAdmin"), ("Input.Permissions", "Identity.ManageUsers")]);
        Assert.Equal($"/admin/roles/{roleId}", grant.RedirectPath());

        var (allowed, users) = await redaktor.GetPageAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("redaktor@example.se", users.MainText(), StringComparison.Ordinal);
        Assert.Contains("Användare", users.AdminNavigation());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Permissions_RevokingManageUsersFromRedaktorClosesUsersAdminAgain()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("redaktor@example.se", "Rita Redaktör", "Redaktör");
        var roleId = await admin.RoleIdAsync("Redaktör");
        await admin.SubmitFormAsync($"/admin/roles/{roleId}",
            [("Input.Permissions", "Portal.AccessAdmin"), ("Input.Permissions", "Identity.ManageUsers")]);
        using var redaktor = await app.CreateSignedInClientAsync("redaktor@example.se");
        Assert.Equal(HttpStatusCode.OK, (await redaktor.GetAsync("/admin/users")).StatusCode);

        await admin.SubmitFormAsync($"/admin/roles/{roleId}", [("Input.Permissions", "Portal.AccessAdmin")]);

        Assert.Equal(AccessDeniedPath, (await redaktor.GetAsync("/admin/users")).RedirectPath());
    }

    [Fact]
    public async Task AdminNavigation_ShowsUsersToAdministratorButNotToRoleWithoutManageUsers()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("redaktor@example.se", "Rita Redaktör", "Redaktör");
        using var redaktor = await app.CreateSignedInClientAsync("redaktor@example.se");

        var (_, adminPage) = await admin.GetPageAsync("/admin");
        var (redaktorResponse, redaktorPage) = await redaktor.GetPageAsync("/admin");

        Assert.Contains("Användare", adminPage.AdminNavigation());
        Assert.Contains("Roller och behörigheter", adminPage.AdminNavigation());
        Assert.Equal(HttpStatusCode.OK, redaktorResponse.StatusCode);
        Assert.Contains("Översikt", redaktorPage.AdminNavigation());
        Assert.DoesNotContain("Användare", redaktorPage.AdminNavigation());
        Assert.DoesNotContain("Roller och behörigheter", redaktorPage.AdminNavigation());
        Assert.Null(redaktorPage.QuerySelector("nav.admin-nav a[href='/admin/users']"));
    }

    [Fact]
    public async Task Permissions_PartnerWithoutAccessAdminIsDeniedTheAdminOverview()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("partner@example.se", "Per Partner", "Partner");
        using var partner = app.CreatePortalClient();

        // Signing in (password, then the TOTP set-up a partner must have) succeeds, but the default landing page is
        // not theirs to open.
        Assert.Equal(PortalClient.EnrolPath, (await partner.TrySignInAsync("partner@example.se", UserPassword)).RedirectPath());
        using var enrolled = await app.CreateSignedInClientAsync("partner@example.se");
        var refused = await enrolled.GetAsync("/admin");
        Assert.True(refused.StatusCode == HttpStatusCode.Redirect && refused.RedirectPath() == AccessDeniedPath, $"/admin answered {(int)refused.StatusCode} {refused.Headers.Location}; errors: {string.Join(" | ", app.Logs.Errors)}");
    }
}
