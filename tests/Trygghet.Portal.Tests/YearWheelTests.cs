using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Portal.Tests;

/// <summary>The årshjul (/arshjul for everyone, /admin/arshjul for staff): the demo's year from every module's source,
/// only public items publicly, the state of the work for staff, and a year chosen in the address that is checked.</summary>
public sealed class YearWheelTests
{
    private static readonly int DemoYear = PortalApp.DemoDay.Year;

    [Fact]
    public async Task PublicYearWheel_ShowsTheYearOfEveryModule_AndNothingThatIsNotPublic()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        // A draft lägesbild for the year: staff see it, citizens must not.
        var draft = await admin.SubmitFormAsync("/admin/situation/new",
            [("Input.Title", "Hemlig utkastlägesbild"), ("Input.Slug", "hemlig-utkastlagesbild"), ("Input.From", $"{DemoYear}-03-01"), ("Input.To", $"{DemoYear}-10-31")]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/arshjul");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Årshjul {DemoYear}", page.QuerySelector("h1")!.TextContent.Trim());
        var items = Items(page);
        // Governance: every meeting of each forum in the year (the public meeting list's rule: cancelled ones too, with their status).
        var council = items.Where(i => i.Track == "Trygghetsrådet").ToList();
        Assert.Equal(4, council.Count);
        Assert.All(council, i => Assert.StartsWith("/sammantraden/", i.Url, StringComparison.Ordinal));
        Assert.Contains(items, i => i.Track == "Samverkansråd" && i.Detail == "Inställt");
        // FollowUp: the decided plan, its three tertials and a report to kommunfullmäktige at the end of each.
        Assert.Single(items, i => i.Track == "Åtgärdsplan" && i.Url == "/atgardsplan");
        Assert.Equal(3, items.Count(i => i.Track == "Uppföljningsperioder"));
        Assert.Equal(3, items.Count(i => i.Track == "Rapport till kommunfullmäktige"));
        // CitizenPromises: the published medborgarlöfte of the year and its published follow-ups.
        Assert.Contains(items, i => i.Track == "Medborgarlöfte" && i.Url!.StartsWith("/medborgarloften/", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Track == "Uppföljning av medborgarlöften");
        // Not public: the draft, drafts' wording, Intern and Sekretess agenda items, anything under /admin.
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Hemlig utkastlägesbild", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Utkast", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Resursfördelning mellan förvaltningarna", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Polisens operativa läge", text, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.StartsWith("/admin", StringComparison.Ordinal));
        // The drawing is decorative for assistive technology (the list carries it), and drawn for narrow and wide columns.
        Assert.Equal(2, page.QuerySelectorAll("main svg[aria-hidden=true]").Length);
        Assert.Contains($"/arshjul?ar={DemoYear + 1}", page.QuerySelector("#nasta-ar")!.GetAttribute("href"), StringComparison.Ordinal);
        foreach (var url in page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!.Split('#')[0]).Distinct())
        {
            Assert.True((await visitor.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }

        // The year before holds the lägesbild the demo's Trygghetsrådet set in January.
        var (_, before) = await visitor.GetPageAsync($"/arshjul?ar={DemoYear - 1}");
        Assert.Contains(Items(before), i => i.Track == "Lägesbild" && i.Url == "/lagesbild");

        // Staff see the draft in their årshjul, marked as one and linked to where it is edited.
        var (staffResponse, staffPage) = await admin.GetPageAsync("/admin/arshjul");
        Assert.Contains("no-store", staffResponse.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var drafted = Assert.Single(Items(staffPage), i => i.Title == "Hemlig utkastlägesbild");
        Assert.Equal(draft.RedirectPath(), drafted.Url);
        Assert.Equal("Utkast, inte fastställd.", drafted.Detail);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task StaffYearWheel_ShowsKallelseAndProtokoll_AndLinksToWhereTheWorkIsDone()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var (_, users) = await admin.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString("anna.berg@example.se"));
        var edit = users.QuerySelectorAll("main tbody a").First().GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, [("NewPassword", UserPassword)], handler: "SetPassword")).StatusCode);
        using var anna = await app.CreateSignedInClientAsync("anna.berg@example.se");

        var (response, page) = await anna.GetPageAsync("/admin/arshjul");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = Items(page);
        // The demo's November meeting of the coordination group has a protokoll not justerat, more than 14 days on.
        var late = Assert.Single(items, i => i.Attention);
        Assert.Equal("Samordnings- och beredningsgrupp", late.Track);
        Assert.EndsWith("/protokoll", late.Url, StringComparison.Ordinal);
        Assert.Equal("Genomfört. Protokollet är inte justerat.", late.Detail);
        Assert.Contains(items, i => i.Track == "Trygghetsrådet" && i.Detail == "Kallat. Kallelsen är publicerad.");
        Assert.Contains(items, i => i.Detail == "Genomfört. Protokollet är justerat.");
        Assert.All(items.Where(i => i.Track == "Uppföljningsperioder"), i => Assert.Contains("/reports-due?period=", i.Url, StringComparison.Ordinal));
        Assert.All(items.Where(i => i.Track == "Rapport till kommunfullmäktige"), i => Assert.Contains("/kf-report?period=", i.Url, StringComparison.Ordinal));
        foreach (var url in page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            Assert.True((await anna.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }

        // The start page leads here.
        var (_, start) = await anna.GetPageAsync("/admin");
        Assert.Equal("/admin/arshjul", start.QuerySelector("#arshjul-lank")!.GetAttribute("href"));
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("/arshjul?ar=tjugo")]
    [InlineData("/arshjul?ar=1999")]
    [InlineData("/arshjul?ar=2101")]
    [InlineData("/arshjul?ar=-2026")]
    [InlineData("/arshjul?ar=2026.5")]
    public async Task AYearThatIsNoYear_IsAnsweredWithAMessage_NotAnError(string url)
    {
        await using var app = await PortalApp.StartAsync();
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("År: ange ett årtal mellan 2000 och 2100", page.QuerySelector("#fel-ar")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main svg"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task AChosenYear_IsShown_WithLinksToTheYearsBeforeAndAfter()
    {
        await using var app = await PortalApp.StartAsync();
        using var visitor = app.CreatePortalClient();
        var next = DemoYear + 1;

        var (response, page) = await visitor.GetPageAsync($"/arshjul?ar={next}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Årshjul {next}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal($"/arshjul?ar={DemoYear}", page.QuerySelector("#foregaende-ar")!.GetAttribute("href"));
        var items = Items(page);
        // The demo plans two Trygghetsrådet meetings next year, and the plan's last three tertials.
        Assert.Equal(2, items.Count(i => i.Track == "Trygghetsrådet"));
        Assert.All(items.Where(i => i.Track == "Uppföljningsperioder"), i => Assert.EndsWith(next.ToString(CultureInfo.InvariantCulture), i.Title, StringComparison.Ordinal));
        Assert.Equal(3, items.Count(i => i.Track == "Uppföljningsperioder"));
        app.AssertNoErrorsLogged();
    }

    private sealed record Item(string Track, string Title, string? Url, string Detail, bool Attention);

    private static List<Item> Items(IDocument page) =>
        page.QuerySelectorAll("main .yearwheel-item").Select(li => new Item(
            li.QuerySelector(".yearwheel-track")!.TextContent.Trim().TrimEnd(':'),
            (li.QuerySelector(".yearwheel-what a")?.TextContent ?? li.QuerySelector(".yearwheel-what")!.TextContent.Replace(li.QuerySelector(".yearwheel-track")!.TextContent, string.Empty, StringComparison.Ordinal)).Trim(),
            li.QuerySelector(".yearwheel-what a")?.GetAttribute("href"),
            li.QuerySelector(".yearwheel-detail")?.TextContent.Replace("Att göra:", string.Empty, StringComparison.Ordinal).Trim() ?? string.Empty,
            li.ClassList.Contains("attention"))).ToList();
}
