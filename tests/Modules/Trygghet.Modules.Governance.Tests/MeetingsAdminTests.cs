using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Meetings in the back office (/admin/meetings): Swedish local times, validation naming the field,
/// concurrency, and the meeting-frequency warning they drive.</summary>
public sealed class MeetingsAdminTests
{
    private static readonly string NextMonth = PortalApp.DemoDay.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Meetings_CreatedMeetingKeepsItsSwedishLocalTimesAndIsListedUnderItsForum(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();

        var path = await admin.CreateMeetingAsync("Samverkansråd", "2026-07-02", "18:00", "19:30", status: "Kallat");

        var (_, form) = await admin.GetPageAsync(path);
        Assert.Equal("2026-07-02", form.QuerySelector<IHtmlInputElement>("input[name='Input.Date']")?.Value);
        Assert.StartsWith("18:00", form.QuerySelector<IHtmlInputElement>("input[name='Input.Start']")?.Value, StringComparison.Ordinal);
        Assert.StartsWith("19:30", form.QuerySelector<IHtmlInputElement>("input[name='Input.End']")?.Value, StringComparison.Ordinal);
        Assert.Equal("Kallat", form.QuerySelector<IHtmlOptionElement>("select[name='Input.Status'] option[selected]")?.Value);
        var (_, list) = await admin.GetPageAsync("/admin/meetings?forum=samverkansrad");
        var row = list.QuerySelectorAll("main tbody tr").Single(tr => tr.QuerySelector("a")?.GetAttribute("href") == path);
        Assert.Contains("torsdag 2 juli 2026, 18.00–19.30", row.TextContent, StringComparison.Ordinal);
        var (_, other) = await admin.GetPageAsync("/admin/meetings?forum=trygghetsradet");
        Assert.DoesNotContain(other.QuerySelectorAll("main tbody a"), a => a.GetAttribute("href") == path);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Meetings_EndBeforeStartIsRefusedNamingTheFieldAndNothingIsSaved(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var before = await admin.MeetingCountAsync();

        var refused = await admin.SubmitFormAsync("/admin/meetings/new", await MeetingFieldsAsync(admin, "Samverkansråd", NextMonth, "15:00", "14:00", "Planerat"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Sluttid måste vara efter starttiden.", page.QuerySelector("#end-error")?.TextContent.Trim());
        Assert.Equal(["Sluttid måste vara efter starttiden."], page.ErrorMessages());
        Assert.Equal(before, await admin.MeetingCountAsync());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Meetings_PastMeetingMarkedPlaneratAndScriptLinkAreRefusedNamingTheirFields()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var before = await admin.MeetingCountAsync();
        var fields = await MeetingFieldsAsync(admin, "Samverkansråd", "2024-03-01", "13:00", "15:00", "Planerat");

        var refused = await admin.SubmitFormAsync("/admin/meetings/new", [.. fields, ("Input.OnlineLink", "javascript:alert(1)")]);

        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Status kan inte vara planerat för ett möte som redan har varit.", page.QuerySelector("#status-error")?.TextContent.Trim());
        Assert.Equal("Länk till digitalt möte måste vara en webbadress som börjar med https:// eller http://.", page.QuerySelector("#link-error")?.TextContent.Trim());
        Assert.Equal(before, await admin.MeetingCountAsync());

        // Held is what a past meeting can be.
        var held = await admin.SubmitFormAsync("/admin/meetings/new", [.. fields.Where(f => f.Name != "Input.Status"), ("Input.Status", "Genomfort")]);
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Meetings_SecondOfTwoConcurrentEditsGetsConflictAndTheFirstIsKept(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var path = await first.CreateMeetingAsync("Trygghetsrådet", NextMonth, "13:00", "15:00");
        var (_, firstForm) = await first.GetPageAsync(path);
        var (_, secondForm) = await second.GetPageAsync(path);

        var firstSave = await first.SubmitFormAsync(firstForm, [("Input.Place", "Rådhuset"), ("Input.Status", "Kallat")]);
        var secondSave = await second.SubmitFormAsync(secondForm, [("Input.Place", "Konsert & Kongress"), ("Input.Status", "Planerat")]);

        Assert.Equal(path, firstSave.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Equal(["Någon annan har sparat sammanträdet under tiden. Ladda om sidan och gör ändringen igen."], (await secondSave.ReadDocumentAsync()).ErrorMessages());
        var (_, saved) = await first.GetPageAsync(path);
        Assert.Equal("Rådhuset", saved.QuerySelector<IHtmlInputElement>("input[name='Input.Place']")?.Value);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ForumWarnings_FewerMeetingsThisYearThanTheTargetIsAWarningUntilMeetingsArePlanned()
    {
        await using var app = await PortalApp.StartAsync(recipe: "linkoping");
        using var admin = await app.CreateAdminClientAsync();
        var forum = await admin.ForumEditPathAsync("Trygghetsrådet");
        Assert.Contains("För få möten i år: 0 planerade, målet är minst 3.", await admin.WarningsAsync(forum));

        // Today (the portal's), late in the evening Swedish time, is certainly this year.
        var today = app.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await admin.CreateMeetingAsync("Trygghetsrådet", today, "23:00", "23:30", status: "Kallat");

        Assert.Contains("För få möten i år: 1 planerade, målet är minst 3.", await admin.WarningsAsync(forum));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Meetings_RedaktorAndForumledamotAreDeniedAndSakerhetsenhetMayManage()
    {
        await using var app = await PortalApp.StartAsync();
        using (var admin = await app.CreateAdminClientAsync())
        {
            await admin.CreateUserAsync("redaktor@example.se", "Rita Redaktör", "Redaktör");
            await admin.CreateUserAsync("sakerhet@example.se", "Sara Säkerhet", "Säkerhetsenhet");
        }

        using var redaktor = await app.CreateSignedInClientAsync("redaktor@example.se");
        Assert.Equal(AccessDeniedPath, (await redaktor.GetAsync("/admin/meetings")).RedirectPath());
        using var sakerhet = await app.CreateSignedInClientAsync("sakerhet@example.se");
        var (_, list) = await sakerhet.GetPageAsync("/admin/meetings");
        Assert.Contains("Sammanträden", list.QuerySelectorAll("nav.admin-nav a").Select(a => a.TextContent.Trim()));
        await sakerhet.CreateMeetingAsync("Samverkansråd", NextMonth, "10:00", "12:00");
    }

    internal static async Task<List<(string Name, string Value)>> MeetingFieldsAsync(PortalClient admin, string forum, string date, string start, string end, string status)
    {
        var (_, form) = await admin.GetPageAsync("/admin/meetings/new");
        var forumId = form.QuerySelectorAll<IHtmlOptionElement>("select[name='Input.ForumId'] option").Single(o => o.TextContent.Trim() == forum).Value;
        return [("Input.ForumId", forumId), ("Input.Date", date), ("Input.Start", start), ("Input.End", end), ("Input.Place", "Stadshuset"), ("Input.Status", status)];
    }
}
