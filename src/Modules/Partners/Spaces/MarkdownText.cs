using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Markdown written by partners, as HTML safe to put in a page: the portal's one allow-list for text people
/// write (<see cref="UserMarkdown"/>), with every line break kept as a partner typed it.</summary>
internal static class MarkdownText
{
    public static string ToSafeHtml(string markdown) => UserMarkdown.ToSafeHtml(markdown, MarkdownLineBreaks.Lines);
}
