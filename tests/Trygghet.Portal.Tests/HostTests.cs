using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>One demo site shared by read-only checks of the host: themes, headers, health, errors.</summary>
public sealed class DemoSite : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await PortalApp.StartAsync(recipe: "demo");

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class HostTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/organisation")]
    [InlineData("/tillganglighet")]
    [InlineData("/konto/logga-in")]
    [InlineData("/finns-inte")]
    public async Task CitizenPages_HaveSwedishLanguageSkipLinkLandmarksAndAccessibilityLink(string path)
    {
        using var client = site.App.CreatePortalClient();
        var (_, document) = await client.GetPageAsync(path);

        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        var skip = document.QuerySelector("body > a.skip-link");
        Assert.Equal("#main", skip?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main"));
        Assert.NotNull(document.QuerySelector("header"));
        Assert.NotNull(document.QuerySelector("nav[aria-label]"));
        Assert.NotNull(document.QuerySelector("footer a[href='/tillganglighet']"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Empty(document.QuerySelectorAll("script"));
        // Shareable: Open Graph title and an absolute address of this very page; an error page is not.
        if (path == "/finns-inte")
        {
            Assert.Empty(document.QuerySelectorAll("meta[property^='og:']"));
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(document.QuerySelectorAll("meta[property='og:title']")).GetAttribute("content")));
        Assert.EndsWith(path, Assert.Single(document.QuerySelectorAll("meta[property='og:url']")).GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponse_CarriesSecurityHeaders()
    {
        using var client = site.App.CreatePortalClient();
        var response = await client.Http.GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());

        var second = await client.Http.GetAsync("/");
        Assert.NotEqual(csp, string.Join(";", second.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task UnknownAddress_GivesSwedish404PageToEveryone()
    {
        using var client = site.App.CreatePortalClient();
        var (response, document) = await client.GetPageAsync("/medborgarloften-som-inte-finns");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sidan finns inte", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task UnknownApiAddress_GivesProblemDetails()
    {
        using var client = site.App.CreatePortalClient();
        var response = await client.Http.GetAsync("/api/v1/finns-inte");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/roles")]
    [InlineData("/admin/forums")]
    [InlineData("/admin/goals")]
    [InlineData("/admin/meetings")]
    public async Task AdminPages_SendAnonymousVisitorToSignIn(string path)
    {
        using var client = site.App.CreatePortalClient();
        var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A relative address: the sign-in page is on this site, whatever scheme and host the request came with.
        Assert.StartsWith("/konto/logga-in?ReturnUrl=", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AdminNavigation_IsBuiltFromModulesMenus()
    {
        using var client = await site.App.CreateAdminClientAsync();
        var (response, document) = await client.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = document.QuerySelectorAll("nav.admin-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/admin", "/admin/mina-forum", "/admin/forums", "/admin/meetings", "/admin/narvaro", "/admin/medborgarloften", "/admin/medborgarloften/publicera", "/admin/goals", "/admin/situation", "/admin/plans", "/admin/areas", "/admin/bodies", "/admin/statuses", "/admin/my-measures", "/admin/innehall", "/admin/media", "/admin/partners", "/admin/inbjudningar", "/admin/samverkan", "/admin/users", "/admin/roles", "/admin/applications", "/admin/utskick", "/admin/audit"], links);
    }

    [Fact]
    public async Task DemoRecipe_CreatesFictionalStaffWhoCannotSignInUntilGivenAPassword()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var (_, users) = await admin.GetPageAsync("/admin/users?q=berg");
        Assert.Contains("Anna Berg (säkerhetschef)", users.MainText());
        Assert.Contains("Säkerhetsenhet", users.MainText());

        using var anna = site.App.CreatePortalClient();
        var attempt = await anna.SubmitFormAsync("/konto/logga-in", [("Input.Email", "anna.berg@example.se"), ("Input.Password", "vilket lösenord som helst")]);
        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anna.Http.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task HealthEndpoints_AnswerWithoutSignIn()
    {
        using var client = site.App.CreatePortalClient();
        Assert.Equal("Healthy", await client.Http.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.Http.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task ThemeStylesheet_IsServed()
    {
        using var client = site.App.CreatePortalClient();
        var (_, document) = await client.GetPageAsync("/");
        var href = document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");

        Assert.StartsWith("/_content/Trygghet.Themes.Citizen/citizen.css", href);
        var css = await client.Http.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("@media print", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AccessibilityStatement_HasWhatDiggRequires()
    {
        using var client = site.App.CreatePortalClient();
        var (_, document) = await client.GetPageAsync("/tillganglighet");
        var text = document.MainText();

        Assert.Contains("Linköpings kommun", text);
        Assert.Contains("delvis förenlig", text);
        Assert.Contains("Innehåll som inte är tillgängligt", text);
        Assert.Contains("Hur vi har testat webbplatsen", text);
        Assert.NotNull(document.QuerySelector("main a[href^='mailto:']"));
        Assert.NotNull(document.QuerySelector("main a[href='https://www.digg.se/tdosanmalan']"));
    }

    [Fact]
    public async Task LogoutForm_InAdminLayout_CarriesAntiforgeryToken()
    {
        using var client = await site.App.CreateAdminClientAsync();
        var (_, document) = await client.GetPageAsync("/admin");
        var form = document.QuerySelector("form[action='/konto/logga-ut']");

        Assert.NotNull(form?.QuerySelector("input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        using var client = await site.App.CreateAdminClientAsync();
        var response = await client.Http.PostAsync("/admin/roles/new", new FormUrlEncodedContent([new("Input.Name", "Smygroll")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Smygroll", await client.Http.GetStringAsync("/admin/roles"));
    }
}
