using Ganss.Xss;
using Markdig;

namespace Trygghet.Portal.Core.Text;

/// <summary>How a Markdown text renders where people other than its writer read it.</summary>
public enum MarkdownLineBreaks
{
    /// <summary>CommonMark: a single line break stays within the paragraph (pages and news).</summary>
    Paragraphs,

    /// <summary>Every line break shows (posts written in a text area, as in a chat or an e-mail).</summary>
    Lines,
}

/// <summary>The one renderer for Markdown that people write — editors' pages and news, partners' threads and
/// report-backs. Raw HTML is shown as text (DisableHtml), so an unclosed tag cannot swallow the rest of a post; the
/// output then passes an explicit allow-list (paragraphs, headings, emphasis, lists, links, code, quotes, tables) —
/// images only from the site's own media library (/media/…), no forms, inputs, buttons or frames, and no name, id,
/// class, style, target or on* attribute — so a writer can neither run script, nor plant a fake form in front of staff,
/// nor make readers' browsers fetch from elsewhere. Links get rel="nofollow noopener ugc".</summary>
public static class UserMarkdown
{
    public const string LinkRel = "nofollow noopener ugc";

    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "em", "strong", "del", "ins", "mark", "sub", "sup",
        "ul", "ol", "li", "a", "code", "pre", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "img",
    ];

    /// <summary>Where an image may come from: the media library's own files, which passed its upload checks.</summary>
    private const string MediaPath = "/media/";

    private static readonly MarkdownPipeline ParagraphPipeline = Pipeline(MarkdownLineBreaks.Paragraphs);

    private static readonly MarkdownPipeline LinePipeline = Pipeline(MarkdownLineBreaks.Lines);

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Safe HTML for <paramref name="markdown"/>; rendered on every display, so a stricter list later
    /// also cleans what was written before.</summary>
    public static string ToSafeHtml(string? markdown, MarkdownLineBreaks lineBreaks = MarkdownLineBreaks.Paragraphs) =>
        Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, lineBreaks == MarkdownLineBreaks.Lines ? LinePipeline : ParagraphPipeline));

    private static MarkdownPipeline Pipeline(MarkdownLineBreaks lineBreaks)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().UseEmphasisExtras().DisableHtml();
        return (lineBreaks == MarkdownLineBreaks.Lines ? builder.UseSoftlineBreakAsHardlineBreak() : builder).Build();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "colspan", "rowspan", "start", "src", "alt"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["https", "http", "mailto"], StringComparer.OrdinalIgnoreCase),
        };
        // Text inside anything not on the list stays readable; only the element goes.
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", LinkRel);
            }

            if (e.Node is AngleSharp.Dom.IElement { LocalName: "img" } image && !IsMediaLibraryImage(image.GetAttribute("src")))
            {
                // An image from anywhere else becomes its alt text: readable, and no request leaves for another host.
                e.ReplacementNodes.Add(image.Owner!.CreateTextNode(image.GetAttribute("alt") ?? string.Empty));
            }
        };
        return sanitizer;
    }

    private static bool IsMediaLibraryImage(string? src) =>
        src is not null && src.StartsWith(MediaPath, StringComparison.Ordinal) && !src.Contains("..", StringComparison.Ordinal);
}
