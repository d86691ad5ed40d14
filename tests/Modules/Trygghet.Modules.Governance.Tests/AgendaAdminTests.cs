using System.Globalization;
using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>The föredragningslista in the back office: agenda items with classification, validation naming the
/// field, conflicts between two editors, and publishing the kallelse.</summary>
public sealed class AgendaAdminTests
{
    private static readonly string NextMonth = PortalApp.DemoDay.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Agenda_ItemsAreListedInOrderAndPublishingTheKallelseMakesThePlannedMeetingKallat(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", NextMonth, "13:00", "15:00");

        await admin.AddAgendaItemAsync(meeting, "Lägesbild", "Offentlig", caseNumber: "KS 2026-0123");
        await admin.AddAgendaItemAsync(meeting, "Hemlig riskanalys", "Sekretess", osl: "18 kap. 13 § OSL", markedBy: "Säkerhetsenheten");
        await admin.AddAgendaItemAsync(meeting, "Val av justerare", "Offentlig", position: "1");

        var (_, page) = await admin.GetPageAsync(meeting);
        Assert.Equal(["Val av justerare", "Lägesbild", "Hemlig riskanalys"], page.QuerySelectorAll("main table tbody a").Select(a => a.TextContent.Trim()));
        Assert.Contains("Sekretess (18 kap. 13 § OSL)", page.QuerySelectorAll("main table tbody td").Select(td => td.TextContent.Trim()));

        var published = await admin.SubmitFormAsync(page, [], handler: "Publish");
        Assert.Equal(meeting, published.RedirectPath());
        (_, page) = await admin.GetPageAsync(meeting);
        Assert.StartsWith("Kallelsen är publicerad och skickad till ", page.QuerySelector("main .notice")?.TextContent.Trim());
        Assert.Equal("Kallat", page.QuerySelector("select[name='Input.Status'] option[selected]")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("form[action*='handler=Publish']"));
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Agenda_SekretessWithoutOslReferenceAndMalformedCaseNumberAreRefusedNamingTheFields(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", NextMonth, "13:00", "15:00");

        var refused = await admin.SubmitFormAsync(meeting + "/items/new",
            [("Input.Title", "Hemligt"), ("Input.Classification", "Sekretess"), ("Input.CaseNumber", "2026/123")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Diarienummer ska skrivas som till exempel KS 2026-0123.", page.QuerySelector("#case-error")?.TextContent.Trim());
        Assert.Equal("Sekretessbestämmelse och den som har sekretessmarkerat måste anges för ärenden med sekretess.", page.QuerySelector("#osl-error")?.TextContent.Trim());
        var (_, meetingPage) = await admin.GetPageAsync(meeting);
        Assert.Empty(meetingPage.QuerySelectorAll("main table tbody tr"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Agenda_TwoEditorsAddingToTheSameAgendaGetAConflictNotALostUpdate()
    {
        await using var app = await PortalApp.StartAsync();
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var meeting = await first.CreateMeetingAsync("Samverkansråd", NextMonth, "13:00", "15:00");
        var (_, firstForm) = await first.GetPageAsync(meeting + "/items/new");
        var (_, secondForm) = await second.GetPageAsync(meeting + "/items/new");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(firstForm, [("Input.Title", "Den förstas ärende")])).StatusCode);
        var conflict = await second.SubmitFormAsync(secondForm, [("Input.Title", "Den andras ärende")]);

        Assert.Equal(["Någon annan har sparat sammanträdet under tiden. Ladda om sidan och gör ändringen igen."], (await conflict.ReadDocumentAsync()).ErrorMessages());
        var (_, page) = await first.GetPageAsync(meeting);
        Assert.Equal(["Den förstas ärende"], page.QuerySelectorAll("main table tbody a").Select(a => a.TextContent.Trim()));
        app.AssertNoErrorsLogged();
    }
}
