using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>The demo recipe gives every governance page content: members, a year of meetings per forum, and
/// published agendas that hold Intern and Sekretess items.</summary>
public sealed class DemoMeetingsTests
{
    [Fact]
    public async Task Demo_MeetingPagesAndCalendarsHaveContent_AndAgendasShowSekretessOnlyAsSuch()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var (_, past) = await visitor.GetPageAsync("/sammantraden?tid=tidigare&forum=trygghetsradet&ar=2026");
        var links = past.QuerySelectorAll("main ul.meeting-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        var (response, meeting) = await visitor.GetPageAsync(links[^1]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = meeting.QuerySelectorAll("main ol.agenda > li").Select(li => li.Normalized()).ToList();
        Assert.Contains("Ärende enligt sekretess", items);
        Assert.Contains(items, i => i.StartsWith("Lägesbild över brott och otrygghet", StringComparison.Ordinal));
        // The demo's Intern and Sekretess items never show their titles.
        Assert.DoesNotContain("Förberedelse inför samverkansrådet", meeting.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Riskbedömning inför större evenemang", meeting.MainText(), StringComparison.Ordinal);

        var calendar = ICalendarCheck.Parse(await visitor.Http.GetStringAsync("/sammantraden.ics", TestContext.Current.CancellationToken));
        Assert.Equal(15, calendar.Children.Count(c => c.Name == "VEVENT"));
        Assert.Contains(calendar.Children, c => c.Name == "VEVENT" && c.Value("STATUS") == "CANCELLED");
        var forumCalendar = ICalendarCheck.Parse(await visitor.Http.GetStringAsync("/sammantraden/samverkansrad.ics", TestContext.Current.CancellationToken));
        Assert.Equal(3, forumCalendar.Children.Count(c => c.Name == "VEVENT"));
        app.AssertNoErrorsLogged();
    }
}
