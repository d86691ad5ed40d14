using Microsoft.Playwright;

namespace Trygghet.Portal.BrowserTests;

/// <summary>The widths every page is checked at (<see cref="All"/> for axe). By name, so a test's display name says which width failed.</summary>
public static class Viewports
{
    public const string Phone = "phone";
    public const string Desktop = "desktop";

    /// <summary>WCAG 1.4.10's reference width: 1280 CSS pixels zoomed to 400 %. Used for the reflow check only.</summary>
    public const string Reflow = "reflow";

    public static TheoryData<string> All => new() { Phone, Desktop };

    public static ViewportSize Size(string name) => name switch
    {
        Phone => new ViewportSize { Width = 390, Height = 844 },
        Desktop => new ViewportSize { Width = 1280, Height = 900 },
        Reflow => new ViewportSize { Width = 320, Height = 640 },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown viewport."),
    };

    public static string Describe(string name)
    {
        var size = Size(name);
        return $"{name} {size.Width}×{size.Height}";
    }
}
