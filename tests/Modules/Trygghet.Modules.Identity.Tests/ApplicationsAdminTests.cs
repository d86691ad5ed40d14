using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>/admin/applications: clients are listed, registered (the secret shown once and working), edited and
/// deleted (their tokens stop working at once).</summary>
public sealed class ApplicationsAdminTests(OidcSite site) : IClassFixture<OidcSite>
{
    [Fact]
    public async Task List_ShowsTheRecipesClients_WithKindAndOrganisation()
    {
        using var admin = await site.App.CreateAdminClientAsync();

        var (response, document) = await admin.GetPageAsync("/admin/applications");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = document.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("polisen-system", StringComparison.Ordinal) && r.Contains("Partnersystem", StringComparison.Ordinal) && r.Contains("polisen", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("testapp", StringComparison.Ordinal) && r.Contains("Interaktiv applikation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreatedPartnerSystem_GetsASecretShownOnce_ThatGivesATokenForItsScope()
    {
        using var admin = await site.App.CreateAdminClientAsync();

        var created = await admin.SubmitFormAsync("/admin/applications/new",
            [("Input.ClientId", "ny-partner"), ("Input.Kind", "PartnerSystem"), ("Input.DisplayName", "Ny partner"), ("Input.Organisation", "polisen"), ("Input.Scopes", "partner.api")]);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        var document = await created.ReadDocumentAsync();
        var secret = document.QuerySelector("main .notice code")!.TextContent.Trim();
        Assert.True(secret.Length >= 40);
        using var system = site.App.CreateHttpsClient();
        var token = await system.PostTokenAsync([("grant_type", "client_credentials"), ("client_id", "ny-partner"), ("client_secret", secret), ("scope", "partner.api")]);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var (_, edit) = await admin.GetPageAsync(document.QuerySelector("main .notice a")!.GetAttribute("href")!);
        Assert.DoesNotContain(secret, edit.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RefusesAnInteractiveClientWithoutHttpsRedirect_AndAPublicPartnerSystemNeverExists()
    {
        using var admin = await site.App.CreateAdminClientAsync();

        var refused = await admin.SubmitFormAsync("/admin/applications/new",
            [("Input.ClientId", "osaker"), ("Input.Kind", "Interactive"), ("Input.DisplayName", "Osäker"), ("Input.RedirectUris", "http://angripare.example.com/cb")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = await refused.ReadDocumentAsync();
        Assert.Contains("ingen absolut https-adress", document.QuerySelector("#redirect-error")!.TextContent, StringComparison.Ordinal);
        var (_, list) = await admin.GetPageAsync("/admin/applications");
        Assert.DoesNotContain("osaker", list.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ChangesTheRedirectUris_TheOldOneIsRefusedAtOnce()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var created = await admin.SubmitFormAsync("/admin/applications/new",
            [("Input.ClientId", "flyttad-app"), ("Input.Kind", "Interactive"), ("Input.DisplayName", "Flyttad"), ("Input.RedirectUris", OidcHttp.PublicRedirect), ("Input.Scopes", "openid")]);
        var editUrl = (await created.ReadDocumentAsync()).QuerySelector("main .notice a")!.GetAttribute("href")!;

        var saved = await admin.SubmitFormAsync(editUrl, [("Input.RedirectUris", "https://ny.example.se/cb"), ("Input.DisplayName", "Flyttad app")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var authorize = await admin.Http.GetAsync(new Uri("https://localhost" + OidcHttp.AuthorizeUrl(OidcHttp.Pkce().Challenge, scope: "openid", clientId: "flyttad-app")));

        Assert.Equal(HttpStatusCode.BadRequest, authorize.StatusCode);
        var (_, edit) = await admin.GetPageAsync(editUrl);
        Assert.Equal("https://ny.example.se/cb", edit.QuerySelector("#Input_RedirectUris")!.TextContent.Trim());
    }

    [Fact]
    public async Task Delete_RemovesTheClient_AndItsTokensStopWorking()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var created = await admin.SubmitFormAsync("/admin/applications/new",
            [("Input.ClientId", "kortlivad"), ("Input.Kind", "PartnerSystem"), ("Input.DisplayName", "Kortlivad"), ("Input.Organisation", "polisen"), ("Input.Scopes", "partner.api")]);
        var document = await created.ReadDocumentAsync();
        var secret = document.QuerySelector("main .notice code")!.TextContent.Trim();
        var editUrl = document.QuerySelector("main .notice a")!.GetAttribute("href")!;
        using var system = site.App.CreateHttpsClient();
        var token = await system.PostTokenAsync([("grant_type", "client_credentials"), ("client_id", "kortlivad"), ("client_secret", secret), ("scope", "partner.api")]);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        var deleted = await admin.SubmitFormAsync(editUrl, [], formSelector: "main form[action*='handler=Delete']");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(editUrl)).StatusCode);
        var again = await system.PostTokenAsync([("grant_type", "client_credentials"), ("client_id", "kortlivad"), ("client_secret", secret), ("scope", "partner.api")]);
        Assert.NotEqual(HttpStatusCode.OK, again.StatusCode);
    }
}
