using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>WCAG 1.4.10 Reflow, which axe-core cannot check: at 320 CSS pixels the page scrolls only vertically.
/// A data table may scroll sideways inside its own region; the page around it may not.</summary>
public static class ReflowAudit
{
    /// <summary>Null when the page fits; otherwise how wide it is and the innermost culprits: elements whose own
    /// content is wider than their box (a long word), and tables, images, code blocks and fields wider than the
    /// viewport. Elements inside a scroll container are allowed to be wide.</summary>
    private const string Overflow = """
        () => {
            const width = document.documentElement.clientWidth;
            const scrollWidth = document.documentElement.scrollWidth;
            if (scrollWidth <= width) return null;
            const inScroller = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
            };
            const intrinsic = /^(TABLE|IMG|PRE|VIDEO|IFRAME|INPUT|SELECT|TEXTAREA|SVG)$/i;
            const culprits = [...document.body.querySelectorAll('*')].filter(e => {
                const box = e.getBoundingClientRect();
                const spills = e.scrollWidth > e.clientWidth + 1 && box.left + e.scrollWidth > width + 0.5;
                return !inScroller(e) && (spills || (intrinsic.test(e.tagName) && box.right > width + 0.5));
            });
            const innermost = culprits.filter(e => !culprits.some(o => o !== e && e.contains(o)));
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
                + ' "' + (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50) + '"';
            return `${scrollWidth}px wide in a ${width}px viewport; too wide: ${innermost.slice(0, 5).map(describe).join(', ')}`;
        }
        """;

    /// <summary>Goes to each page at the current viewport and returns one line per page that scrolls sideways.</summary>
    public static async Task<IReadOnlyList<string>> HorizontalScrollingAsync(IPage page, IEnumerable<string> paths)
    {
        var failures = new List<string>();
        foreach (var path in paths)
        {
            await page.VisitAsync(path);
            if (await page.EvaluateAsync<string?>(Overflow) is { } overflow)
            {
                failures.Add($"{path}: {overflow}");
            }
        }

        return failures;
    }

    public static string Report(IReadOnlyList<string> failures) =>
        $"{failures.Count} page(s) scroll sideways at 320 CSS pixels (WCAG 1.4.10 Reflow):{Environment.NewLine}" +
        string.Join(Environment.NewLine, failures);
}
