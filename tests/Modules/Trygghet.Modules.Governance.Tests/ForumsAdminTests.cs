using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Editing the forums in the back office (/admin/forums) over HTTP, on every database provider,
/// and who may do it.</summary>
public sealed class ForumsAdminTests
{
    private const string Trygghetsradet = "Trygghetsrådet";
    private const string Conflict = "Någon annan har sparat forumet under tiden. Ladda om sidan och gör ändringen igen.";

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Forums_AdministratorEditsPurposeAndTasksAndOrganisationShowsThem(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var path = await admin.ForumEditPathAsync(Trygghetsradet);

        var saved = await admin.SubmitFormAsync(path,
        [
            ("Input.Purpose", "  Rådet leder det trygghetsskapande arbetet.  "),
            ("Input.Tasks", "Fastställa lägesbilden.\r\n\r\n   Besluta om åtgärdsplanen.  \nFölja upp medborgarlöftet."),
        ]);

        Assert.Equal(path, saved.RedirectPath());
        var (_, form) = await admin.GetPageAsync(path);
        Assert.Equal("Forumet är sparat.", form.QuerySelector("main .notice")?.TextContent.Trim());
        using var visitor = app.CreatePortalClient();
        var (_, organisation) = await visitor.GetPageAsync("/organisation");
        var section = organisation.ForumSection("trygghetsradet");
        Assert.Equal("Rådet leder det trygghetsskapande arbetet.", section.QuerySelector("h2 + p")?.TextContent.Trim());
        Assert.Equal(["Fastställa lägesbilden.", "Besluta om åtgärdsplanen.", "Följa upp medborgarlöftet."], section.Tasks());
        // What the form did not touch stays as it was.
        Assert.Equal("Kommunstyrelsens förste vice ordförande", section.Fact("Ordförande"));
        Assert.Equal("3–4 gånger per år, eller när ordförande bedömer att det finns behov", section.Fact("Mötesfrekvens"));
        Assert.Contains("Lokalpolisområdeschef (adjungerad)", section.QuerySelectorAll("li").Select(li => li.Normalized()));
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Forums_MinMeetingsAboveMaxIsRefusedNamingTheFieldAndNothingIsSaved(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var path = await admin.ForumEditPathAsync(Trygghetsradet);

        var refused = await admin.SubmitFormAsync(path,
        [
            ("Input.Purpose", "Ska inte sparas."),
            ("Input.MinMeetingsPerYear", "5"),
            ("Input.MaxMeetingsPerYear", "2"),
        ]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Högsta antal möten får inte vara mindre än min.", page.QuerySelector("#max-error")?.TextContent.Trim());
        Assert.Equal(["Högsta antal möten får inte vara mindre än min."], page.ErrorMessages());
        using var visitor = app.CreatePortalClient();
        var (_, organisation) = await visitor.GetPageAsync("/organisation");
        var section = organisation.ForumSection("trygghetsradet");
        Assert.Equal("3–4 gånger per år, eller när ordförande bedömer att det finns behov", section.Fact("Mötesfrekvens"));
        Assert.DoesNotContain("Ska inte sparas.", section.TextContent, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Forums_EmptyNameAndPurposeAreRefusedNamingTheFieldsAndNothingIsSaved()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var path = await admin.ForumEditPathAsync(Trygghetsradet);

        var refused = await admin.SubmitFormAsync(path, [("Input.Name", ""), ("Input.Purpose", "   ")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Ange Namn.", page.QuerySelector("#name-error")?.TextContent.Trim());
        Assert.Equal("Ange Syfte.", page.QuerySelector("#purpose-error")?.TextContent.Trim());
        Assert.Equal(path, await admin.ForumEditPathAsync(Trygghetsradet));
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Forums_SecondOfTwoConcurrentEditsGetsConflictAndTheFirstIsKept(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var path = await first.ForumEditPathAsync(Trygghetsradet);
        var (_, firstForm) = await first.GetPageAsync(path);
        var (_, secondForm) = await second.GetPageAsync(path);
        Assert.Equal(
            firstForm.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")?.Value,
            secondForm.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")?.Value);

        var firstSave = await first.SubmitFormAsync(firstForm, [("Input.Purpose", "Den förstas syfte.")]);
        var secondSave = await second.SubmitFormAsync(secondForm, [("Input.Purpose", "Den andras syfte.")]);

        Assert.Equal(path, firstSave.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Equal([Conflict], (await secondSave.ReadDocumentAsync()).ErrorMessages());
        using var visitor = app.CreatePortalClient();
        var (_, organisation) = await visitor.GetPageAsync("/organisation");
        Assert.Equal("Den förstas syfte.", organisation.ForumSection("trygghetsradet").QuerySelector("h2 + p")?.TextContent.Trim());

        // Reloading gives the second editor the current version, and then their save goes through.
        var retry = await second.SubmitFormAsync(path, [("Input.Purpose", "Den andras syfte.")]);
        Assert.Equal(path, retry.RedirectPath());
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Forums_SakerhetsenhetMayEditForumsButIsDeniedUsers(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using (var admin = await app.CreateAdminClientAsync())
        {
            await admin.CreateUserAsync("sakerhet@example.se", "Sara Säkerhet", "Säkerhetsenhet");
        }

        using var sakerhet = app.CreatePortalClient();
        await sakerhet.SignInAsync("sakerhet@example.se", UserPassword);

        var (forums, forumsPage) = await sakerhet.GetPageAsync("/admin/forums");
        Assert.Equal(HttpStatusCode.OK, forums.StatusCode);
        Assert.Equal(
            [Trygghetsradet, "Samordnings- och beredningsgrupp", "Samverkansråd", "Operativa resurser"],
            forumsPage.QuerySelectorAll("main table tbody a").Select(a => a.TextContent.Trim()));
        var navigation = forumsPage.QuerySelectorAll("nav.admin-nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Forum", navigation);
        Assert.DoesNotContain("Användare", navigation);

        var path = await sakerhet.ForumEditPathAsync(Trygghetsradet);
        Assert.Equal(path, (await sakerhet.SubmitFormAsync(path, [("Input.Purpose", "Säkerhetsenhetens syfte.")])).RedirectPath());

        var users = await sakerhet.GetAsync("/admin/users");
        Assert.Equal(AccessDeniedPath, users.RedirectPath());
        Assert.Equal("/admin/users", users.ReturnUrl());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Forums_SendsAnonymousVisitorToSignInFromListAndEditPage()
    {
        await using var app = await PortalApp.StartAsync();
        string editPath;
        using (var admin = await app.CreateAdminClientAsync())
        {
            editPath = await admin.ForumEditPathAsync(Trygghetsradet);
        }

        using var visitor = app.CreatePortalClient();
        foreach (var path in new[] { "/admin/forums", editPath })
        {
            var response = await visitor.GetAsync(path);

            Assert.Equal(SignInPath, response.RedirectPath());
            Assert.Equal(path, response.ReturnUrl());
        }
    }

    [Fact]
    public async Task Forums_RedaktorWithoutManageForumsIsDeniedTheForumsAdmin()
    {
        await using var app = await PortalApp.StartAsync();
        using (var admin = await app.CreateAdminClientAsync())
        {
            await admin.CreateUserAsync("redaktor@example.se", "Rita Redaktör", "Redaktör");
        }

        using var redaktor = app.CreatePortalClient();
        await redaktor.SignInAsync("redaktor@example.se", UserPassword);

        Assert.Equal(AccessDeniedPath, (await redaktor.GetAsync("/admin/forums")).RedirectPath());
        var (_, overview) = await redaktor.GetPageAsync("/admin");
        Assert.DoesNotContain("Forum", overview.QuerySelectorAll("nav.admin-nav a").Select(a => a.TextContent.Trim()));
    }
}
