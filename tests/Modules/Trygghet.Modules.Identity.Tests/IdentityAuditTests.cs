using System.Net;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>Sign-ins, failed sign-ins and permission changes reach the audit trail (IAuditTrail).</summary>
public sealed class IdentityAuditTests(OidcSite site) : IClassFixture<OidcSite>
{
    [Fact]
    public async Task SignIn_AndFailedSignIn_AreAudited()
    {
        using var stranger = site.App.CreatePortalClient();
        await stranger.TrySignInAsync("ingen.alls@example.se", "fel lösenord för kontot");
        using var admin = await site.App.CreateAdminClientAsync();

        var events = RecordingAuditTrail.For(site.App.Services);
        Assert.Contains(events, e => e.Category == AuditCategories.SignIn && !e.Succeeded && e.Subject == "ingen.alls@example.se");
        Assert.Contains(events, e => e.Category == AuditCategories.SignIn && e.Succeeded && e.Actor == PortalApp.AdminEmail);
    }

    [Fact]
    public async Task RoleAndPermissionChanges_AreAudited()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var userId = await admin.CreateUserAsync("granskad@example.se", "Granskad Person", "Redaktör");
        var roleId = await admin.RoleIdAsync("Redaktör");

        var edited = await admin.SubmitFormAsync("/admin/users/" + userId, [("Input.Roles", "Säkerhetsenhet")]);
        var role = await admin.SubmitFormAsync("/admin/roles/" + roleId, [("Input.Permissions", "Portal.AccessAdmin")]);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        var events = RecordingAuditTrail.For(site.App.Services);
        Assert.Contains(events, e => e.Category == AuditCategories.Permissions && e.Subject == "granskad@example.se: +[Säkerhetsenhet] -[Redaktör]" && e.Actor == PortalApp.AdminEmail);
        Assert.Contains(events, e => e.Category == AuditCategories.Permissions && e.Subject == "Redaktör: [Portal.AccessAdmin]");
    }
}
