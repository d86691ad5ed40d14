using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>The main citizen pages as a person sees them: full-page screenshots at phone and desktop width (saved for a
/// human to look at, and as CI artifacts: .ci/run sets SCREENSHOTS_DIR), and, from the rendered page, that nothing
/// sticks out of the viewport sideways, that no text is smaller than 12 CSS pixels (chart text included, which scales
/// with its SVG), that no two chart labels overlap or leave their chart, that card grids have no half-empty last row
/// and that the phone header stays small.</summary>
public sealed class LookTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    /// <summary>Every text element's rendered font size (an SVG's text scaled by the SVG's width over its viewBox), and
    /// for each chart the boxes of its texts that overlap another or lie outside the chart.</summary>
    private const string Measure = """
        () => {
            const problems = [];
            // Nothing sticks out of the viewport sideways, except inside its own scroll box (a wide table's region) or
            // hidden on purpose (the skip link waits off-screen until focused).
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
            const inScroller = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
            };
            const sticking = [...document.body.querySelectorAll('*')].filter(e => {
                const b = e.getBoundingClientRect();
                return b.width > 0 && b.height > 0 && (b.right > width + 0.5 || b.left < -0.5)
                    && !e.closest('.visually-hidden, .skip-link') && !inScroller(e);
            });
            for (const e of sticking.filter(e => !sticking.some(o => o !== e && o.contains(e))).slice(0, 5)) {
                const b = e.getBoundingClientRect();
                problems.push(`${e.tagName.toLowerCase()}${[...e.classList].map(c => '.' + c).join('')} "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}" spans ${b.left.toFixed(0)}–${b.right.toFixed(0)} px of ${width}`);
            }
            const describe = e => e.tagName.toLowerCase() + ' "' + (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) + '"';
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const e = n.parentElement;
                if (!e || seen.has(e) || !n.textContent.trim()) continue;
                seen.add(e);
                const style = getComputedStyle(e);
                if (e.getClientRects().length === 0 || style.visibility === 'hidden' || e.closest('title, desc, .visually-hidden, .skip-link, svg[aria-hidden]:not(.yearwheel)')) continue;
                let size = parseFloat(style.fontSize);
                const svg = e.closest('svg');
                if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
                    size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                }
                if (size < 11.95) problems.push(`${describe(e)} is ${size.toFixed(1)} px`);
            }
            for (const svg of document.querySelectorAll('svg.chart, svg.yearwheel')) {
                if (svg.getClientRects().length === 0) continue;
                const frame = svg.getBoundingClientRect();
                const boxes = [...svg.querySelectorAll('text')].map(t => ({ t, b: t.getBoundingClientRect() }));
                for (const { t, b } of boxes) {
                    if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5) {
                        problems.push(`${describe(t)} leaves its chart`);
                    }
                }
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i].b, c = boxes[j].b;
                    if (a.left < c.right - 0.5 && c.left < a.right - 0.5 && a.top < c.bottom - 0.5 && c.top < a.bottom - 0.5) {
                        problems.push(`${describe(boxes[i].t)} overlaps ${describe(boxes[j].t)}`);
                    }
                }
            }
            // Cards fill their grid: the last card of a list reaches the list's right edge (no card left alone on a row).
            for (const list of document.querySelectorAll('.card-list')) {
                const last = list.lastElementChild;
                if (last && Math.abs(last.getBoundingClientRect().right - list.getBoundingClientRect().right) > 1) {
                    problems.push(`the last card "${(last.textContent ?? '').trim().slice(0, 30)}" leaves its row unfilled`);
                }
            }
            // The header with its menu closed takes at most 100 px (a phone screen is 844 px tall).
            const header = document.querySelector('.site-header');
            if (header && header.getBoundingClientRect().height > 100 && innerWidth < 768) {
                problems.push(`the header is ${header.getBoundingClientRect().height} px tall`);
            }
            return problems;
        }
        """;

    public static TheoryData<string> Widths => new() { Viewports.Phone, Viewports.Desktop, Viewports.Reflow };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task MainPages_HaveNothingWiderThanTheViewportNoTextUnder12PixelsAndNoOverlappingChartLabels(string viewport)
    {
        await using var session = await site.OpenAsync(viewport);
        var page = session.Page;
        var problems = new List<string>();
        foreach (var path in await MainPagesAsync(page))
        {
            await page.VisitAsync(path);
            await SaveScreenshotAsync(page, path, viewport);
            problems.AddRange((await page.EvaluateAsync<string[]>(Measure)).Select(p => $"{path} [{Viewports.Describe(viewport)}] {p}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The companion of the test above: the measurement really reports a box wider than the phone, small text
    /// and the page's own width, and leaves a wide table alone inside its scroll region.</summary>
    [Fact]
    public async Task Measure_ReportsWhatSticksOutAndSmallText_ButNotAScrolledTable()
    {
        await using var session = await site.OpenAsync(Viewports.Phone);
        await session.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="sv"><head><title>Provsida</title></head>
            <body style="margin:0"><main><h1>Provsida</h1>
            <p class="bred" style="width:600px">För bred</p>
            <p style="font-size:10px">Liten text</p>
            <div style="overflow-x:auto"><table style="width:900px"><tr><td>Bred tabell i egen ruta</td></tr></table></div>
            </main></body></html>
            """);

        var problems = await session.Page.EvaluateAsync<string[]>(Measure);

        Assert.Contains(problems, p => p.StartsWith("the page is 600 px wide", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("p.bred \"För bred\" spans 0–600 px of 390", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"Liten text\" is 10.0 px", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("tabell", StringComparison.Ordinal));
    }

    /// <summary>The start page, the medborgarlöften and the current one (the first the start page links to), the action
    /// plan, the lägesbild, the meetings, the news, the open data with its API page,
    /// and the årshjul (its drawing is aria-hidden, but people read it: its text is measured too).</summary>
    private static async Task<IReadOnlyList<string>> MainPagesAsync(IPage page)
    {
        await page.VisitAsync("/");
        var promise = await page.Locator("main a[href^='/medborgarloften/']").First.GetAttributeAsync("href");
        return ["/", "/medborgarloften", promise!, "/atgardsplan", "/lagesbild", "/sammantraden", "/nyheter", "/oppna-data", "/oppna-data/api", "/arshjul"];
    }

    /// <summary>Into SCREENSHOTS_DIR when set (CI collects it), else beside the test binaries.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string path, string viewport)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var name = path == "/" ? "start" : path.Trim('/').Replace('/', '_');
        var file = Path.Combine(folder, $"{name}-{Viewports.Size(viewport).Width}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });
        // The first screen alone: what a visitor sees before scrolling.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + "-top.png" });
    }
}
