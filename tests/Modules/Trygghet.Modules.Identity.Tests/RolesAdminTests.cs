using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>Roles and their permissions (/admin/roles) over HTTP, on every database provider.</summary>
public sealed class RolesAdminTests
{
    private const string Conflict = "Någon annan har ändrat rollen under tiden. Ladda om sidan och gör ändringen igen.";

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Roles_CreateSavesTheRoleWithItsPermissions(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();

        var created = await admin.SubmitFormAsync("/admin/roles/new",
        [
            ("Input.Name", "Kommunikatör"),
            ("Input.Description", "Publicerar på webbplatsen."),
            ("Input.Permissions", "Portal.AccessAdmin"),
            ("Input.Permissions", "Governance.ManageForums"),
        ]);

        var path = created.RedirectPath();
        Assert.Equal("/admin/roles/" + await admin.RoleIdAsync("Kommunikatör"), path);
        var (response, page) = await admin.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Governance.ManageForums", "Portal.AccessAdmin"], CheckedPermissions(page));
        Assert.Equal("Publicerar på webbplatsen.", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Description']")?.Value.Trim());
        Assert.Equal(["Kommunikatör", "Publicerar på webbplatsen.", "2", "0"], await RoleRowAsync(admin, "Kommunikatör"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Roles_CreateRefusesAnExistingRoleName()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();

        var refused = await admin.SubmitFormAsync("/admin/roles/new", [("Input.Name", "Redaktör"), ("Input.Permissions", "Identity.ManageRoles")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Rollen Redaktör finns redan.", (await refused.ReadDocumentAsync()).QuerySelector("#name-error")?.TextContent.Trim());
        var (_, existing) = await admin.GetPageAsync("/admin/roles/" + await admin.RoleIdAsync("Redaktör"));
        // The linkoping recipe gives Redaktör the back office, publishing of medborgarlöften, news and pages, and the media library.
        Assert.Equal(["CitizenPromises.Publish", "Content.Manage", "Media.Manage", "Portal.AccessAdmin"], CheckedPermissions(existing));
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Roles_CreateWithUnknownPermissionIsRefusedAndSavesNothing(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();

        var refused = await admin.SubmitFormAsync("/admin/roles/new",
            [("Input.Name", "Kommunikatör"), ("Input.Permissions", "Portal.AccessAdmin"), ("Input.Permissions", "Finns.Inte")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Behörigheten Finns.Inte finns inte."], (await refused.ReadDocumentAsync()).ErrorMessages());
        var (_, roles) = await admin.GetPageAsync("/admin/roles");
        Assert.DoesNotContain("Kommunikatör", roles.QuerySelectorAll("main table a").Select(a => a.TextContent.Trim()));
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Roles_EditWithUnknownPermissionIsRefusedAndKeepsTheRoleAsItWas(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var id = await admin.RoleIdAsync("Redaktör");

        var refused = await admin.SubmitFormAsync($"/admin/roles/{id}",
        [
            ("Input.Description", "Ändrad beskrivning"),
            ("Input.Permissions", "Identity.ManageUsers"),
            ("Input.Permissions", "Finns.Inte"),
        ]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Behörigheten Finns.Inte finns inte."], (await refused.ReadDocumentAsync()).ErrorMessages());
        var (_, page) = await admin.GetPageAsync($"/admin/roles/{id}");
        Assert.Equal(["CitizenPromises.Publish", "Content.Manage", "Media.Manage", "Portal.AccessAdmin"], CheckedPermissions(page));
        Assert.DoesNotContain("Ändrad beskrivning", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Description']")?.Value, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Roles_SecondOfTwoConcurrentEditsGetsConflictAndTheFirstIsKept(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var id = await first.RoleIdAsync("Redaktör");
        var (_, firstForm) = await first.GetPageAsync($"/admin/roles/{id}");
        var (_, secondForm) = await second.GetPageAsync($"/admin/roles/{id}");

        var firstSave = await first.SubmitFormAsync(firstForm,
            [("Input.Description", "Den förstas ändring"), ("Input.Permissions", "Portal.AccessAdmin"), ("Input.Permissions", "Governance.ManageForums")]);
        var secondSave = await second.SubmitFormAsync(secondForm,
            [("Input.Description", "Den andras ändring"), ("Input.Permissions", "Identity.ManageRoles")]);

        Assert.Equal($"/admin/roles/{id}", firstSave.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Equal([Conflict], (await secondSave.ReadDocumentAsync()).ErrorMessages());
        var (_, page) = await first.GetPageAsync($"/admin/roles/{id}");
        Assert.Equal("Den förstas ändring", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Description']")?.Value.Trim());
        Assert.Equal(["Governance.ManageForums", "Portal.AccessAdmin"], CheckedPermissions(page));
        app.AssertNoErrorsLogged();
    }

    private static List<string> CheckedPermissions(IDocument page) =>
        page.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Permissions']")
            .Where(i => i.IsChecked)
            .Select(i => i.Value)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The cells of the role's row on /admin/roles: name, description, permission count, account count.</summary>
    private static async Task<List<string>> RoleRowAsync(PortalClient admin, string name)
    {
        var (_, roles) = await admin.GetPageAsync("/admin/roles");
        var row = roles.QuerySelectorAll("main table tbody tr")
            .Single(r => r.QuerySelector("td")?.TextContent.Trim() == name);
        return row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
    }
}
