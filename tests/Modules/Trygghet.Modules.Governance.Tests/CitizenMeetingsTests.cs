using System.Globalization;
using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>What citizens see of meetings: /sammantraden, a meeting page with its published agenda (never a
/// non-public item's content), and the iCalendar feeds.</summary>
public sealed class CitizenMeetingsTests
{
    private static readonly string NextMonth = PortalApp.DemoDay.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task MeetingPage_ShowsPublicItemsInFull_SekretessOnlyAsSuch_AndInternNotAtAll(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", NextMonth, "13:00", "15:00");
        var publicPath = "/sammantraden/" + meeting.Split('/')[^1];
        await admin.AddAgendaItemAsync(meeting, "Lägesbild för hösten", "Offentlig", caseNumber: "KS 2026-0123", description: "Säkerhetschefen redovisar.");
        await admin.AddAgendaItemAsync(meeting, "Hemlig riskanalys XJ", "Sekretess", caseNumber: "KS 2026-0999", osl: "18 kap. 13 § OSL", markedBy: "Säkerhetsenheten", description: "Hemlig beskrivning QZ");
        await admin.AddAgendaItemAsync(meeting, "Internt personalärende VK", "Intern", caseNumber: "KS 2026-0777", description: "Intern beskrivning WY");
        using var visitor = app.CreatePortalClient();

        // Before the kallelse is published, no agenda at all.
        var (response, page) = await visitor.GetPageAsync(publicPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kallelsen med föredragningslistan är inte publicerad ännu.", page.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Lägesbild för hösten", page.MainText(), StringComparison.Ordinal);

        var (_, adminPage) = await admin.GetPageAsync(meeting);
        await admin.SubmitFormAsync(adminPage, [], handler: "Publish");
        (_, page) = await visitor.GetPageAsync(publicPath);
        var items = page.QuerySelectorAll("main ol.agenda > li").Select(li => li.Normalized()).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Lägesbild för hösten Diarienummer: KS 2026-0123 Säkerhetschefen redovisar.", items[0]);
        Assert.Equal("Ärende enligt sekretess", items[1]);
        var html = await (await visitor.GetAsync(publicPath)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var secret in new[] { "Hemlig riskanalys XJ", "KS 2026-0999", "Hemlig beskrivning QZ", "18 kap. 13", "Internt personalärende VK", "KS 2026-0777", "Intern beskrivning WY" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }

        Assert.Equal("Kallat", page.QuerySelector("main .meeting-status")?.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Sammantraden_ListsUpcomingAndPastFilteredByForumAndYear()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var upcoming = await admin.CreateMeetingAsync("Samverkansråd", NextMonth, "10:00", "12:00");
        var past = await admin.CreateMeetingAsync("Samverkansråd", "2024-05-02", "10:00", "12:00", status: "Genomfort");
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/sammantraden?forum=samverkansrad");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("main ul.meeting-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sammantraden/" + upcoming.Split('/')[^1], links);
        Assert.DoesNotContain("/sammantraden/" + past.Split('/')[^1], links);
        Assert.All(page.QuerySelectorAll("main ul.meeting-list h3"), h => Assert.Equal("Samverkansråd", h.TextContent.Trim()));

        (_, page) = await visitor.GetPageAsync("/sammantraden?tid=tidigare&forum=samverkansrad&ar=2024");
        links = page.QuerySelectorAll("main ul.meeting-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/sammantraden/" + past.Split('/')[^1]], links);
        Assert.Contains("Sammanträden", page.QuerySelectorAll("header nav a, nav a").Select(a => a.TextContent.Trim()));
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Calendars_AreValidICalendar_WithTzid_StableUidAcrossAnEdit_AndCancelledMeetingsMarked(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Samverkansråd", "2031-07-03", "18:00", "19:30");
        var id = meeting.Split('/')[^1];
        using var visitor = app.CreatePortalClient();

        var before = Event(await CalendarAsync(visitor, "/sammantraden/samverkansrad.ics"), id);
        Assert.Equal("TZID=Europe/Stockholm", before.Parameters("DTSTART"));
        Assert.Equal("20310703T180000", before.Value("DTSTART"));
        Assert.Equal("20310703T193000", before.Value("DTEND"));
        Assert.Equal("TENTATIVE", before.Value("STATUS"));
        Assert.EndsWith("/sammantraden/" + id, before.Value("URL"), StringComparison.Ordinal);

        Assert.Equal(meeting, (await admin.SubmitFormAsync(meeting, [("Input.Status", "Installt"), ("Input.Place", "Ett mycket långt namn på en plats, med kommatecken; semikolon och åäö, så att raden måste vikas")])).RedirectPath());

        var calendar = await CalendarAsync(visitor, "/sammantraden.ics");
        var timezone = Assert.Single(calendar.Children, c => c.Name == "VTIMEZONE");
        Assert.Equal("Europe/Stockholm", timezone.Value("TZID"));
        var after = Event(calendar, id);
        Assert.Equal(before.Value("UID"), after.Value("UID"));
        Assert.Equal("CANCELLED", after.Value("STATUS"));
        Assert.True(int.Parse(after.Value("SEQUENCE")!, CultureInfo.InvariantCulture) > int.Parse(before.Value("SEQUENCE")!, CultureInfo.InvariantCulture));
        Assert.Equal("Ett mycket långt namn på en plats\\, med kommatecken\\; semikolon och åäö\\, så att raden måste vikas", after.Value("LOCATION"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/sammantraden/finns-inte.ics")).StatusCode);
        app.AssertNoErrorsLogged();
    }

    private static async Task<ICalendarCheck.Component> CalendarAsync(PortalClient visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return ICalendarCheck.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static ICalendarCheck.Component Event(ICalendarCheck.Component calendar, string id) =>
        Assert.Single(calendar.Children, c => c.Name == "VEVENT" && c.Value("UID") == $"{id}@trygghet-portal");
}
