using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Trygghet.Portal.BrowserTests;

public static class PageExtensions
{
    /// <summary>Goes to a crawled page and fails unless the browser stays there. A redirect here means the page is
    /// not what the crawl saw, typically a lost sign-in sending every back-office page to the login form, and
    /// auditing the login form 20 times would pass for the wrong reason.</summary>
    public static async Task VisitAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        var landed = new Uri(page.Url).AbsolutePath;
        Assert.True(landed == path, $"Going to {path} landed on {landed}; the audit would check the wrong page.");
    }

    /// <summary>Waits until the page's address has the given path (any query or fragment), e.g. after pressing
    /// Enter in a form. Polls the address rather than waiting for a navigation event, which a fast navigation can
    /// finish before the wait begins; fails with the address the page is on.</summary>
    public static Task ExpectPathAsync(this IPage page, string path) =>
        Expect(page).ToHaveURLAsync(
            new Regex("^https?://[^/]+" + Regex.Escape(path) + "([?#].*)?$", RegexOptions.None, TimeSpan.FromSeconds(1)),
            new() { Timeout = PortalBrowser.StepTimeoutMs });
}
