using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Trygghet.Modules.Content.Items;

/// <summary>Markdown → HTML for bodies. Raw HTML in the Markdown is shown as text (DisableHtml), and the result
/// goes through HtmlSanitizer all the same: a javascript: link or anything Markdig lets through is removed, so
/// an editor's text (or a pasted one) can never run script on a citizen's page.</summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string markdown) => new HtmlString(RenderToString(markdown));

    public string RenderToString(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, _pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        // Inline styles and classes would let a body break the theme's contrast and layout (WCAG); ids could clash with the page's.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedAttributes.Remove("id");
        return sanitizer;
    }
}
