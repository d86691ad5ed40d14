using System.Net;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.CitizenPromises.Tests;

/// <summary>The back office refuses bad input naming the field and saving nothing, keeps concurrent edits from
/// being lost, and splits the work: Säkerhetsenhet writes, Redaktör publishes.</summary>
public sealed class PromisesAdminTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task PromiseWithoutPromisorOrWithProgressOutside0To100_IsRefusedNamingTheField_AndNothingIsSaved(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var set = await DraftsTests.Set2026PathAsync(admin);
        var before = await app.CountAsync();

        var noPromisor = await admin.SubmitFormAsync(set + "/loften/new", [("Input.Text", "Ett löfte"), ("Input.Promisors", "  \n "), ("Input.Progress", "10"), ("Input.Status", "Pagar")]);
        var page = await noPromisor.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, noPromisor.StatusCode);
        Assert.Equal("Vem lovar måste anges: minst en som lovar (till exempel Polisen eller kommunen).", page.QuerySelector("#promisors-error")?.TextContent.Trim());

        var tooFar = await admin.SubmitFormAsync(set + "/loften/new", [("Input.Text", "Ett löfte"), ("Input.Promisors", "Polisen"), ("Input.Progress", "101"), ("Input.Status", "Pagar")]);
        page = await tooFar.ReadDocumentAsync();
        Assert.Equal(["Framsteg måste vara ett heltal från 0 till 100."], page.ErrorMessages());
        Assert.Equal("Framsteg måste vara ett heltal från 0 till 100.", page.QuerySelector("#progress-error")?.TextContent.Trim());

        var negative = await admin.SubmitFormAsync(set + "/loften/new", [("Input.Text", "Ett löfte"), ("Input.Promisors", "Polisen"), ("Input.Progress", "-1"), ("Input.Status", "Pagar")]);
        Assert.Equal("Framsteg måste vara ett heltal från 0 till 100.", (await negative.ReadDocumentAsync()).QuerySelector("#progress-error")?.TextContent.Trim());
        Assert.Equal(before, await app.CountAsync());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task PeriodEndingBeforeItStarts_IsRefusedNamingTheField()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var before = await app.CountAsync();

        var refused = await admin.SubmitFormAsync("/admin/medborgarloften/new",
            [("Input.Slug", "baklanges-2026"), ("Input.Title", "Baklänges"), ("Input.Area", "Ryd"), ("Input.PeriodFrom", "2026-06-01"), ("Input.PeriodTo", "2026-05-31")]);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal(["Periodens slut får inte vara före periodens början."], page.ErrorMessages());
        Assert.Equal("Periodens slut får inte vara före periodens början.", page.QuerySelector("#to-error")?.TextContent.Trim());

        var agreement = await admin.SubmitFormAsync("/admin/medborgarloften/overenskommelser/new",
            [("Input.Slug", "baklanges"), ("Input.Title", "Baklänges"), ("Input.PeriodFrom", "2026-06-01"), ("Input.PeriodTo", "2025-05-31"), ("Input.DocumentUrl", "javascript:alert(1)")]);
        page = await agreement.ReadDocumentAsync();
        Assert.Equal("Periodens slut får inte vara före periodens början.", page.QuerySelector("#to-error")?.TextContent.Trim());
        Assert.StartsWith("Länk till det undertecknade dokumentet måste vara en webbadress", page.QuerySelector("#document-error")?.TextContent.Trim(), StringComparison.Ordinal);

        var taken = await admin.SubmitFormAsync("/admin/medborgarloften/new",
            [("Input.Slug", "linkoping-2026"), ("Input.Title", "Dubblett"), ("Input.Area", "Ryd"), ("Input.PeriodFrom", "2026-01-01"), ("Input.PeriodTo", "2026-12-31")]);
        Assert.Equal("Adress (slug) används redan av ett annat medborgarlöfte.", (await taken.ReadDocumentAsync()).QuerySelector("#slug-error")?.TextContent.Trim());
        Assert.Equal(before, await app.CountAsync());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task FollowUpImageWithoutAltText_IsRefusedNamingTheField_AndWithAltTextIsShownWithIt()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var promise = await DraftsTests.FirstPromisePathAsync(admin, await DraftsTests.Set2026PathAsync(admin));
        var before = await app.CountAsync();

        var refused = await admin.SubmitFormAsync(promise + "/uppfoljningar/new",
            [("Input.Date", "2026-11-30"), ("Input.Title", "Med bild"), ("Input.Text", "Text"), ("Input.Images[0].Url", "/bilder/vandring.jpg"), ("Input.Images[0].Alt", " ")]);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal(["Alternativtext för bild 1 måste anges: beskriv bilden för den som inte ser den."], page.ErrorMessages());
        Assert.Equal("Alternativtext för bild 1 måste anges: beskriv bilden för den som inte ser den.", page.QuerySelector("#image-alt-0-error")?.TextContent.Trim());
        Assert.Equal("/bilder/vandring.jpg", page.Value("Input.Images[0].Url"));
        Assert.Equal(before, await app.CountAsync());

        var halfFigure = await admin.SubmitFormAsync(promise + "/uppfoljningar/new",
            [("Input.Date", "2026-11-30"), ("Input.Title", "Med siffra"), ("Input.Text", "Text"), ("Input.Figures[1].Label", "Antal"), ("Input.Figures[1].Value", "")]);
        Assert.Equal("Värde för siffra 2 måste anges och ha högst 100 tecken.", (await halfFigure.ReadDocumentAsync()).QuerySelector("#figure-value-1-error")?.TextContent.Trim());

        var saved = await admin.CreateFollowUpAsync(promise, "Trygghetsvandring med bild", "Vi gick runt.", "2026-11-30",
            ("Input.Images[0].Url", "/bilder/vandring.jpg"), ("Input.Images[0].Alt", "Deltagare på Stora torget i kvällsljus"), ("Input.Figures[0].Label", "Deltagare"), ("Input.Figures[0].Value", "40"));
        await admin.PublishAsync(saved);
        using var visitor = app.CreatePortalClient();
        var (_, set) = await visitor.GetPageAsync("/medborgarloften/linkoping-2026");
        var image = set.QuerySelector("main img[src='/bilder/vandring.jpg']");
        Assert.Equal("Deltagare på Stora torget i kvällsljus", image?.GetAttribute("alt"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task EditedAgreementAndProgress_AreShownToTheNextAnonymousVisitor_DespiteTheOutputCache()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        using var visitor = app.CreatePortalClient();
        Assert.Contains("Otrygghet i stadskärnan på kvällar och nätter", await visitor.BodyAsync("/medborgarloften/linkoping-2026"), StringComparison.Ordinal);
        var (_, list) = await admin.GetPageAsync("/admin/medborgarloften");
        var agreement = list.QuerySelectorAll("main table.agreements a").Single().GetAttribute("href")!;

        var saved = await admin.SubmitFormAsync(agreement, [("Input.FocusProblems", "Skadegörelse vid skolor\nOtrygghet vid Resecentrum")]);
        Assert.Equal(agreement, saved.RedirectPath());
        var promise = await DraftsTests.FirstPromisePathAsync(admin, await DraftsTests.Set2026PathAsync(admin));
        await admin.SubmitFormAsync(promise, [("Input.Progress", "85"), ("Input.Status", "Pagar")]);

        var (_, page) = await visitor.GetPageAsync("/medborgarloften/linkoping-2026");
        Assert.Contains("Skadegörelse vid skolor", page.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Otrygghet i stadskärnan på kvällar och nätter", page.MainText(), StringComparison.Ordinal);
        Assert.Equal(85, page.ShownProgress()[0].Value);
        var (_, start) = await visitor.GetPageAsync("/");
        Assert.Equal(85, start.ShownProgress("main section.promises-home")[0].Value);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task SecondOfTwoConcurrentPromiseEdits_GetsAConflict_AndTheFirstIsKept(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var promise = await DraftsTests.FirstPromisePathAsync(first, await DraftsTests.Set2026PathAsync(first));
        var (_, firstForm) = await first.GetPageAsync(promise);
        var (_, secondForm) = await second.GetPageAsync(promise);

        var firstSave = await first.SubmitFormAsync(firstForm, [("Input.Progress", "75"), ("Input.Status", "Pagar")]);
        var secondSave = await second.SubmitFormAsync(secondForm, [("Input.Progress", "20"), ("Input.Status", "Forsenat")]);

        Assert.Equal(promise, firstSave.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Equal(["Någon annan har sparat under tiden. Ladda om sidan och gör ändringen igen."], (await secondSave.ReadDocumentAsync()).ErrorMessages());
        var (_, saved) = await first.GetPageAsync(promise);
        Assert.Equal("75", saved.Value("Input.Progress"));
        using var visitor = app.CreatePortalClient();
        var (_, page) = await visitor.GetPageAsync("/medborgarloften/linkoping-2026");
        Assert.Equal(75, page.ShownProgress()[0].Value);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task PublishingAVersionSomeoneChangedSince_GetsAConflict_AndPublishesNothing()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var set = await DraftsTests.Set2026PathAsync(admin);
        var promise = await admin.CreatePromiseAsync(set, "Löfte som ändras under tiden", progress: 5);
        var (_, publishPage) = await admin.GetPageAsync(PromisesHttp.PublishPath);
        await admin.SubmitFormAsync(promise, [("Input.Progress", "6"), ("Input.Status", "Pagar")]);

        var stale = await admin.SubmitFormAsync(publishPage, [], formSelector: $"main form[data-id='{promise.Split('/')[^1]}']");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Någon har ändrat det under tiden. Läs den nya versionen nedan och publicera igen.", (await stale.ReadDocumentAsync()).ErrorMessages());
        using var visitor = app.CreatePortalClient();
        Assert.DoesNotContain("Löfte som ändras under tiden", await visitor.BodyAsync("/medborgarloften/linkoping-2026"), StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task SakerhetsenhetWritesButCannotPublish_RedaktorPublishesButCannotWrite()
    {
        await using var app = await PortalApp.StartAsync();
        using (var admin = await app.CreateAdminClientAsync())
        {
            await admin.CreateUserAsync("redaktor@example.se", "Rita Redaktör", "Redaktör");
            await admin.CreateUserAsync("sakerhet@example.se", "Sara Säkerhet", "Säkerhetsenhet");
        }

        using var sakerhet = await app.CreateSignedInClientAsync("sakerhet@example.se");
        using var redaktor = await app.CreateSignedInClientAsync("redaktor@example.se");
        var set = await DraftsTests.Set2026PathAsync(sakerhet);
        var promise = await sakerhet.CreatePromiseAsync(set, "Säkerhetsenhetens nya löfte");
        Assert.Equal(AccessDeniedPath, (await sakerhet.GetAsync(PromisesHttp.PublishPath)).RedirectPath());
        Assert.Equal(AccessDeniedPath, (await redaktor.GetAsync("/admin/medborgarloften")).RedirectPath());
        Assert.Equal(AccessDeniedPath, (await redaktor.GetAsync(promise)).RedirectPath());

        var (_, drafts) = await redaktor.GetPageAsync(PromisesHttp.PublishPath);
        Assert.Contains("Säkerhetsenhetens nya löfte", drafts.MainText(), StringComparison.Ordinal);
        Assert.Contains("Publicering", drafts.QuerySelectorAll("nav.admin-nav a").Select(a => a.TextContent.Trim()));
        await redaktor.PublishAsync(promise);
        using var visitor = app.CreatePortalClient();
        Assert.Contains("Säkerhetsenhetens nya löfte", await visitor.BodyAsync("/medborgarloften/linkoping-2026"), StringComparison.Ordinal);
        var (_, edit) = await sakerhet.GetPageAsync(promise);
        Assert.EndsWith("av redaktor@example.se", edit.QuerySelector("main .publication")?.TextContent.Trim(), StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }
}
