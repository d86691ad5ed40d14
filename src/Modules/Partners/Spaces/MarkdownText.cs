using Ganss.Xss;
using Markdig;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Markdown written by partners, as HTML safe to put in a page: Markdig renders it (raw HTML in it
/// included, so that nothing surprising is shown as text), then HtmlSanitizer removes scripts, event handlers,
/// styles and javascript: links. The sanitizer is the security boundary, not the Markdown renderer.</summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
