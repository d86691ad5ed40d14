using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>At 1280 CSS pixels (an ordinary office screen) the back office's widest tables fit their column: the audit
/// log's "Utfall" and the plan's "Senast rapporterad" were cut off behind the table's sideways scroll, because long
/// unbroken values (addresses, e-mail addresses, ids) made the table wider than the content column.</summary>
public sealed class WideTableTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    [Theory]
    [InlineData("/admin/audit", "Utfall")]
    [InlineData("plan", "Senast rapporterad")]
    [InlineData("/admin/innehall", "Version")]
    public async Task TheLastColumn_IsVisibleWithoutScrolling_At1280Pixels(string path, string lastColumn)
    {
        await using var session = await site.OpenAsync(Viewports.Desktop, signedInAsAdmin: true);
        var page = session.Page;
        if (path == "plan")
        {
            await page.GotoAsync("/admin/plans");
            path = (await page.Locator("main table a[href^='/admin/plans/']").First.GetAttributeAsync("href"))!;
        }

        await page.GotoAsync(path);

        var header = page.Locator("main table thead th").Last;
        // A sortable header's text goes on with its hidden hint (", sortera stigande").
        Assert.StartsWith(lastColumn, (await header.TextContentAsync())?.Trim(), StringComparison.Ordinal);
        // The last region: the plan page shows its overview tables above the measures.
        var region = page.Locator("main .table-scroll").Last;
        var overflow = await region.EvaluateAsync<int>("e => e.scrollWidth - e.clientWidth");
        var headerBox = await header.BoundingBoxAsync();
        var regionBox = await region.BoundingBoxAsync();
        var file = Path.Combine(Path.GetTempPath(), "trygghet-screens", path.Trim('/').Replace('/', '_') + "-1280.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(overflow <= 1, $"{path}: the table is {overflow} px wider than its region (screenshot {file}).");
        Assert.True(headerBox!.X + headerBox.Width <= regionBox!.X + regionBox.Width + 1, $"{path}: \"{lastColumn}\" ends outside the visible region (screenshot {file}).");
    }
}
