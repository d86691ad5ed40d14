using Microsoft.Playwright;

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
}
