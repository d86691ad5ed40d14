using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Trygghet.Portal.BrowserTests;

/// <summary>Issue 21's "done when", in Chromium and with the keyboard: the start page shows a meeting whose kallelse is
/// not published (the demo makes the next Samordnings- och beredningsgrupp meeting so), the link leads to where it is
/// done, the kallelse is published there, and the item leaves the start page. Signed in as the administrator, who
/// holds the meeting permissions the Säkerhetsenhet has (DashboardTests checks each role's own start page over HTTP).</summary>
public sealed class DashboardFlowTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    [Fact]
    public async Task DueKallelse_IsFollowedFromTheStartPage_PublishedWithTheKeyboard_AndLeavesTheStartPage()
    {
        await using var session = await site.OpenAsync(signedInAsAdmin: true);
        var page = session.Page;
        await page.GotoAsync("/admin");
        var due = page.Locator("#kallelser li").Filter(new() { HasText = "Kallelsen är inte publicerad." });
        var before = await due.CountAsync();
        Assert.True(before > 0, "The demo makes at least one kallelse due on the start page.");
        var link = due.First.Locator("a");
        var meeting = await link.GetAttributeAsync("href");

        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ExpectPathAsync(meeting!);
        var publish = page.GetByRole(AriaRole.Button, new() { Name = "Publicera kallelsen" });
        await publish.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(publish).ToHaveCountAsync(0);

        await page.GotoAsync("/admin");
        await Expect(page.Locator($"#kallelser li a[href='{meeting}']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#kallelser li").Filter(new() { HasText = "Kallelsen är inte publicerad." })).ToHaveCountAsync(before - 1);
    }
}
