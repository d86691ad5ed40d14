using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>What has keyboard focus, as the browser computes it.</summary>
public sealed class FocusedElement
{
    public string Tag { get; init; } = "";
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Href { get; init; } = "";
    public string Text { get; init; } = "";
    public bool Matches { get; init; }
    public string OutlineStyle { get; init; } = "";
    public double OutlineWidth { get; init; }
    public string BoxShadow { get; init; } = "";
    public double Top { get; init; }
    public double Left { get; init; }
    public double Width { get; init; }
    public double Height { get; init; }
    public double ViewportWidth { get; init; }
    public double ViewportHeight { get; init; }

    public bool IsBody => Tag == "body";

    /// <summary>An outline or a box-shadow: the two ways the themes draw focus (WCAG 2.4.7).</summary>
    public bool HasFocusIndicator =>
        (OutlineStyle != "none" && OutlineWidth > 0) || (BoxShadow.Length > 0 && BoxShadow != "none");

    /// <summary>Rendered and inside the viewport. A pixel of slack: the browser scrolls a focused element into view
    /// to the nearest whole pixel, which can leave a fraction of it outside.</summary>
    public bool IsInViewport =>
        Width > 0 && Height > 0 && Top >= -1 && Left >= -1 && Top + Height <= ViewportHeight + 1 && Left + Width <= ViewportWidth + 1;

    public override string ToString()
    {
        var id = Id.Length > 0 ? "#" + Id : Name.Length > 0 ? $"[name={Name}]" : "";
        var href = Href.Length > 0 ? $" href={Href}" : "";
        return $"<{Tag}{id}{href}> \"{Text}\"";
    }
}

/// <summary>A person using only the keyboard: Tab, typing and Enter. Each helper fails with the path focus took,
/// so a broken tab order is easy to see.</summary>
public sealed class KeyboardUser(IPage page)
{
    private const string DescribeFocus = """
        selector => {
            const e = document.activeElement ?? document.body;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            return {
                tag: e.tagName.toLowerCase(), id: e.id ?? '', name: e.getAttribute('name') ?? '', href: e.getAttribute('href') ?? '',
                text: (e.innerText ?? e.value ?? '').trim().slice(0, 60), matches: selector ? e.matches(selector) : false,
                outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow,
                top: r.top, left: r.left, width: r.width, height: r.height,
                viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
            };
        }
        """;

    public List<FocusedElement> TabStops { get; } = [];

    public Task<FocusedElement> FocusedAsync(string? selector = null) => page.EvaluateAsync<FocusedElement>(DescribeFocus, selector);

    /// <summary>Presses Tab once; <see cref="FocusedElement.Matches"/> tells whether focus landed on <paramref name="selector"/>.</summary>
    public async Task<FocusedElement> TabAsync(string? selector = null)
    {
        await page.Keyboard.PressAsync("Tab");
        var focused = await FocusedAsync(selector);
        TabStops.Add(focused);
        return focused;
    }

    /// <summary>Presses Tab until an element matching <paramref name="selector"/> has focus.</summary>
    public async Task<FocusedElement> TabToAsync(string selector, int maxTabs = 30)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(selector);
            TabStops.Add(focused);
            if (focused.Matches)
            {
                return focused;
            }
        }

        Assert.Fail($"{maxTabs} presses of Tab never reached {selector}. Focus went: {TabPath}");
        return null!;
    }

    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

    public Task PressEnterAsync() => page.Keyboard.PressAsync("Enter");

    public string TabPath => string.Join(" → ", TabStops);
}
