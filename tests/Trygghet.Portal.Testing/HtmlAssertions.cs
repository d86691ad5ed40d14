using AngleSharp.Dom;

namespace Trygghet.Portal.Testing;

public static class HtmlAssertions
{
    /// <summary>The texts of a page's validation messages (summary and per-field).</summary>
    public static IReadOnlyList<string> ErrorMessages(this IDocument document) =>
        document.QuerySelectorAll(".error-summary li, .field-error")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();

    public static string MainText(this IDocument document) =>
        document.QuerySelector("main")?.TextContent ?? string.Empty;
}
