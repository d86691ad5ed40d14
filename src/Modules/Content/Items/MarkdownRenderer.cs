using Microsoft.AspNetCore.Html;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Content.Items;

/// <summary>Markdown → HTML for bodies, through the portal's one allow-list for text people write
/// (<see cref="UserMarkdown"/>), so an editor's text (or a pasted one) can never run script on a citizen's page.</summary>
internal sealed class MarkdownRenderer
{
    public IHtmlContent Render(string markdown) => new HtmlString(RenderToString(markdown));

    public string RenderToString(string markdown) => UserMarkdown.ToSafeHtml(markdown);
}
