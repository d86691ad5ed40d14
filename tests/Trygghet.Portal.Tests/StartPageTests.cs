using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>The start page (urls.md): the current medborgarlöften and their progress first, then the latest news
/// and the next meetings, each block from its own module.</summary>
public sealed class StartPageTests
{
    [Fact]
    public async Task LeadsWithThePromises_ThenTheLatestNews_AndTheNextMeetingsFromToday()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = await PortalApp.StartAsync(services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var anonymous = app.CreatePortalClient();

        var (_, page) = await anonymous.GetPageAsync("/");

        var headings = page.QuerySelectorAll("main section.home-section > h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.True(headings.IndexOf("Senaste nyheterna") > headings.IndexOf("Senaste uppföljningarna"), string.Join(" | ", headings));
        Assert.True(headings.IndexOf("Kommande sammanträden") > headings.IndexOf("Senaste nyheterna"), string.Join(" | ", headings));
        Assert.StartsWith("Medborgarlöfte", headings[0], StringComparison.Ordinal);

        var news = page.QuerySelectorAll("section.news-home li h3 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, news.Count);
        Assert.All(news, href => Assert.StartsWith("/nyheter/", href, StringComparison.Ordinal));

        // The demo's meetings after 1 December 2026, soonest first.
        var meetings = page.QuerySelectorAll("section.meetings-home li time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(["2026-12-10T13:00+01:00", "2027-01-21T09:00+01:00", "2027-02-11T13:00+01:00"], meetings);
    }
}
