using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Audit.Tests;

/// <summary>The audit view speaks Swedish: modules record some actions by stable English keys ("signed in
/// (password)", "published"), which the "Vad" column showed as they were stored.</summary>
public sealed class AuditWordingTests
{
    [Fact]
    public async Task SignInAndPublishing_AreShownInSwedish()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var created = await admin.SubmitFormAsync("/admin/innehall/new?kind=Nyhet",
            [("Input.Kind", "Nyhet"), ("Input.Title", "Granskad nyhet"), ("Input.Slug", "granskad-nyhet"), ("Input.Lead", "En ingress."), ("Input.Body", "Brödtext.")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(created.RedirectPath(), [], "form#publish-form")).StatusCode);

        var rows = await admin.AuditRowsAsync();

        Assert.Contains(rows, r => r[2] == PortalApp.AdminEmail && r[1] == "Inloggning" && r[3].StartsWith("Inloggad (lösenord", StringComparison.Ordinal));
        var published = Assert.Single(rows, r => r[1] == "Publicering" && r[2] == PortalApp.AdminEmail);
        Assert.Equal(["Publicerad", "Nyhet granskad-nyhet (version 1)"], [published[3], published[4]]);
        Assert.DoesNotContain(rows, r => r[3].StartsWith("signed in", StringComparison.Ordinal) || r[3] == "published");
        app.AssertNoErrorsLogged();
    }
}
