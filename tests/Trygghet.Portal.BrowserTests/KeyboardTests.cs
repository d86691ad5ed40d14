using Trygghet.Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Trygghet.Portal.BrowserTests;

/// <summary>Flows done with the keyboard alone (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7). A new flow is one method:
/// open a page, move with <see cref="KeyboardUser"/>, assert where the person ended up.</summary>
public sealed class KeyboardTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    /// <summary>Enough stops to pass the header and navigation into the page's own content.</summary>
    private const int TabStopsChecked = 10;

    [Fact]
    public async Task FirstTab_ShowsSkipLink_AndEnterMovesFocusToMainContent()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        var keyboard = new KeyboardUser(page);

        var first = await keyboard.TabAsync("body > a.skip-link[href='#main']");
        Assert.True(first.Matches, $"The first Tab focused {first}, not the skip link.");
        Assert.True(first.IsInViewport, $"The focused skip link is not visible in the viewport: {first} at ({first.Left}, {first.Top}) size {first.Width}×{first.Height}");

        await keyboard.PressEnterAsync();
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();

        // The skip link's point: the next Tab continues inside the main content, not in the header.
        await keyboard.TabAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main#main').contains(document.activeElement)"),
            $"After the skip link, Tab went to {keyboard.TabStops[^1]} instead of into main.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/konto/logga-in")]
    [InlineData("/arshjul")]
    public async Task FirstTabStops_EachShowAVisibleFocusIndicator(string path)
    {
        await using var session = await site.OpenAsync();
        await session.Page.GotoAsync(path);
        var keyboard = new KeyboardUser(session.Page);

        for (var i = 0; i < TabStopsChecked; i++)
        {
            var focused = await keyboard.TabAsync();
            if (focused.IsBody)
            {
                break; // past the last tab stop of a short page
            }

            Assert.True(focused.HasFocusIndicator,
                $"Tab stop {i + 1} on {path}, {focused}, has no visible focus indicator (outline {focused.OutlineStyle} {focused.OutlineWidth}px, box-shadow {focused.BoxShadow}).");
            Assert.True(focused.IsInViewport, $"Tab stop {i + 1} on {path}, {focused}, is not scrolled into view.");
        }

        Assert.True(keyboard.TabStops.Count(s => !s.IsBody) >= 5, $"Expected at least 5 tab stops on {path}: {keyboard.TabPath}");
    }

    [Fact]
    public async Task YearWheel_NextYear_ReachedWithTabAndEnter()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/arshjul");
        var keyboard = new KeyboardUser(page);
        var year = PortalApp.DemoDay.Year;

        var next = await keyboard.TabToAsync("#nasta-ar");
        Assert.True(next.HasFocusIndicator, $"The year link {next} has no visible focus indicator.");
        await keyboard.PressEnterAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync($"Årshjul {year + 1}");
        Assert.EndsWith($"/arshjul?ar={year + 1}", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithKeyboardAlone_LandsOnAdminOverview()
    {
        // The administrator has set up TOTP (the shared sign-in does it once): password, then the code, by keyboard.
        await (await site.OpenAsync(signedInAsAdmin: true)).DisposeAsync();
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/konto/logga-in");
        var keyboard = new KeyboardUser(page);

        await keyboard.TabToAsync("input[name='Input.Email']");
        await keyboard.TypeAsync(PortalApp.AdminEmail);
        var password = await keyboard.TabAsync();
        Assert.Equal("Input.Password", password.Name);
        await keyboard.TypeAsync(PortalApp.AdminPassword);
        await keyboard.PressEnterAsync();

        await page.ExpectPathAsync(PortalClient.SecondStepPath);
        await keyboard.TabToAsync("input[name='Code']");
        await keyboard.TypeAsync(await site.App.Authenticator.NextCodeAsync(PortalApp.AdminEmail));
        await keyboard.PressEnterAsync();
        await page.ExpectPathAsync("/admin");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Översikt");
    }

    [Fact]
    public async Task Meeting_IsOpenedFromTheListAndItsDecisionFollowed_WithTheKeyboardAlone()
    {
        // Trygghetsrådet's demo meeting of 2026-02-12 (its id is derived from forum and start, so it is stable),
        // held, with a justerat protokoll.
        const string Meeting = "/sammantraden/eb2eea68-69a4-8229-8bad-18e0b18e2bbd";
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/sammantraden?forum=trygghetsradet&ar=2026&tid=tidigare");
        var keyboard = new KeyboardUser(page);

        await keyboard.TabToAsync($"a[href='{Meeting}']", maxTabs: 60);
        await keyboard.PressEnterAsync();
        await page.ExpectPathAsync(Meeting);
        await Expect(page.Locator("#agenda-heading")).ToBeVisibleAsync();

        await keyboard.TabToAsync("a[href='/beslut/trygghetsradet/2026/2']", maxTabs: 60);
        await keyboard.PressEnterAsync();
        await page.ExpectPathAsync("/beslut/trygghetsradet/2026/2");
        await Expect(page.Locator("main .citation")).ToHaveTextAsync("Trygghetsrådet 2026-02-12 § 2");
    }

    [Fact]
    public async Task Promise_IsReadFromTheStartPage_WithTheKeyboardAlone()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        var keyboard = new KeyboardUser(page);

        await keyboard.TabToAsync("main a[href='/medborgarloften/linkoping-2026']", maxTabs: 60);
        await keyboard.PressEnterAsync();

        await page.ExpectPathAsync("/medborgarloften/linkoping-2026");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Medborgarlöfte för Linköping 2026");
        Assert.True(await page.Locator("main progress").CountAsync() >= 4, "Each promise shows its progress.");
    }

    [Fact]
    public async Task ActionPlan_IsFilteredByStatus_WithTheKeyboardAlone()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/atgardsplan");
        var keyboard = new KeyboardUser(page);

        await keyboard.TabToAsync("select#status", maxTabs: 60);
        // On a closed select, the arrow keys choose the next option: the first status after "Alla statusar".
        await page.Keyboard.PressAsync("ArrowDown");
        await keyboard.TabToAsync("form.filter-form button[type='submit']");
        await keyboard.PressEnterAsync();

        await page.WaitForURLAsync(url => url.Contains("status=planerad", StringComparison.Ordinal));
        await Expect(page.Locator("select#status")).ToHaveValueAsync("planerad");
    }

    [Fact]
    public async Task OrganisationPage_IsReachedFromStartWithTabAndEnter()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        var keyboard = new KeyboardUser(page);

        await keyboard.TabToAsync("a[href='/organisation']");
        await keyboard.PressEnterAsync();

        await page.ExpectPathAsync("/organisation");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Så leds det trygghetsskapande arbetet");
    }
}
