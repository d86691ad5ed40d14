using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

/// <summary>The demo is set up on whatever day someone runs it. Its recipe is written for 2026-12-01 and moves with the
/// day of setup (RecipeDates), so in any year it shows a medborgarlöfte in force, meetings to come and held meetings
/// with their protokoll, and no page of it fails. The portal's clock is set to each day; nothing here reads the
/// machine's calendar.</summary>
public sealed class DemoInAnyYearTests
{
    public static TheoryData<string> Days() => ["2027-03-01T10:00:00Z", "2029-07-01T10:00:00Z"];

    [Theory]
    [MemberData(nameof(Days))]
    public async Task DemoSetUpOnAnotherDay_IsAlive_AndNoPageFails(string day)
    {
        var now = DateTimeOffset.Parse(day, CultureInfo.InvariantCulture);
        await using var app = await PortalApp.StartAsync(clock: new TestClock(now));
        using var anonymous = app.CreatePortalClient();

        var (_, start) = await anonymous.GetPageAsync("/");
        Assert.DoesNotContain("inget aktuellt medborgarlöfte", start.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var current = start.QuerySelectorAll("section.promises-home article.promise-set h3 a").Select(a => a.GetAttribute("href")).ToList();
        // The demo's medborgarlöfte in force is named for the year of setup.
        Assert.Equal(["/medborgarloften/linkoping-" + now.Year.ToString(CultureInfo.InvariantCulture)], current);
        Assert.NotEmpty(start.QuerySelectorAll("section.promises-home li.promise"));

        var upcoming = start.QuerySelectorAll("section.meetings-home li time").Select(Instant).ToList();
        Assert.NotEmpty(upcoming);
        Assert.All(upcoming, at => Assert.True(at > now, $"{at:O} is listed as coming on {now:O}"));

        await AssertHeldMeetingsHaveProtocolsAsync(anonymous, now);
        await AssertNoPageFailsAsync(anonymous, "/", prefix: "/");
        using var admin = await app.CreateAdminClientAsync();
        await AssertNoPageFailsAsync(admin, "/admin", prefix: "/admin");
        app.AssertNoErrorsLogged();
    }

    private static async Task AssertHeldMeetingsHaveProtocolsAsync(PortalClient client, DateTimeOffset now)
    {
        var (_, past) = await client.GetPageAsync("/sammantraden?tid=tidigare");
        var held = past.QuerySelectorAll("main li.meeting").ToList();
        Assert.NotEmpty(held);
        foreach (var meeting in held)
        {
            Assert.True(Instant(meeting.QuerySelector("time")!) < now);
            // Held or called off; never still "Planerat"/"Kallat" once its day has passed.
            Assert.Matches("Status: (Genomfört|Inställt)", meeting.TextContent);
        }

        // The protokoll of a recent meeting may still wait for justering; the ones before it are justerade.
        var adjusted = 0;
        foreach (var href in held.Where(m => m.TextContent.Contains("Genomfört", StringComparison.Ordinal)).Take(3).Select(m => m.QuerySelector("h3 a")!.GetAttribute("href")!))
        {
            var (_, page) = await client.GetPageAsync(href);
            adjusted += (page.QuerySelector("section.protocol")?.TextContent ?? string.Empty).Contains("Protokollet justerades", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(adjusted >= 2, $"{adjusted} of the three latest held meetings show a justerat protokoll");
    }

    /// <summary>Follows same-site links below <paramref name="prefix"/> breadth first, at most a few pages of each kind
    /// (one meeting stands for all meetings), and fails on any 5xx.</summary>
    private static async Task AssertNoPageFailsAsync(PortalClient client, string start, string prefix, int maxPages = 150)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < maxPages)
        {
            var url = queue.Dequeue();
            visited++;
            var (response, document) = await client.GetPageAsync(url);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (var href in Links(document, prefix).Where(seen.Add))
            {
                var kind = Kind(href);
                perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
                if (perKind[kind] <= 3)
                {
                    queue.Enqueue(href);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(visited > 10, $"Only {visited} pages under {prefix} were reached from {start}.");
    }

    private static IEnumerable<string> Links(IDocument document, string prefix) =>
        document.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith(prefix, StringComparison.Ordinal) && !h.StartsWith("//", StringComparison.Ordinal))
            .Where(h => !h.Contains("logga-ut", StringComparison.Ordinal) && !h.StartsWith("/konto", StringComparison.Ordinal))
            .Select(h => h.Split('#')[0])
            .Where(h => h.Length > 0);

    /// <summary>A page's kind: its path with every segment that holds a digit replaced, and no query.</summary>
    private static string Kind(string href) =>
        string.Join('/', href.Split('?')[0].Split('/').Select(s => s.Any(char.IsDigit) ? "{x}" : s));

    private static DateTimeOffset Instant(IElement time) =>
        DateTimeOffset.Parse(time.GetAttribute("datetime")!, CultureInfo.InvariantCulture);
}
