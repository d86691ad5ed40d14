using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Content.Tests;

/// <summary>Slugs from Swedish titles, Markdown that cannot carry script, and the version diff.</summary>
public sealed class TextTests
{
    [Theory]
    [InlineData("Tryggare kväll på Ågatan", "tryggare-kvall-pa-agatan")]
    [InlineData("  Ökad trygghet – för alla!  ", "okad-trygghet-for-alla")]
    [InlineData("Café & möte 2026", "cafe-mote-2026")]
    [InlineData("???", "innehall")]
    public void Slug_FromASwedishTitle_IsReadableAndValid(string title, string expected)
    {
        var slug = SlugText.From(title);

        Assert.Equal(expected, slug);
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void Slug_FromAVeryLongTitle_StaysWithinTheLimit() =>
        Assert.True(Slug.IsValid(SlugText.From(string.Join(' ', Enumerable.Repeat("trygghetsvandring", 20)))));

    [Fact]
    public async Task Slug_ThatIsTaken_GetsTheFirstFreeNumber()
    {
        var taken = new HashSet<string> { "nyhet", "nyhet-2" };

        Assert.Equal("nyhet-3", await SlugText.UniqueAsync("nyhet", s => Task.FromResult(taken.Contains(s))));
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("[klicka](javascript:alert('x'))")]
    [InlineData("<img src=x onerror=alert('x')>")]
    [InlineData("<a href=\"javascript:alert('x')\">länk</a>")]
    [InlineData("![bild](javascript:alert('x'))")]
    public void Markdown_WithScript_RendersWithoutAnythingThatRuns(string markdown)
    {
        var html = new MarkdownRenderer().RenderToString("Text före.\n\n" + markdown);

        // Raw HTML may survive as text, which is harmless; what must never appear is an element or attribute that runs.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed"));
        var attributes = document.Body!.QuerySelectorAll("*").SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<p>Text före.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_KeepsOrdinaryFormattingAndLinks()
    {
        var html = new MarkdownRenderer().RenderToString("## Rubrik\n\n**fet** och [länk](https://example.se)\n\n- en\n- två");

        Assert.Contains("<h2>Rubrik</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>fet</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.se\" rel=\"nofollow noopener ugc\">länk</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li>två</li>", html, StringComparison.Ordinal);
    }

    /// <summary>Pages and news render through the same allow-list as partner posts (UserMarkdown): no form, input,
    /// button or frame, no name/target/style attribute, and an unclosed iframe does not swallow what follows.</summary>
    [Fact]
    public void Markdown_WithAFakeFormAndAnUnclosedIframe_RendersNeither_AndTheRestShows()
    {
        var html = new MarkdownRenderer().RenderToString(
            "<form><input type=password name=p><button>Skicka</button></form>\n\n<a href=\"https://example.se\" target=\"_blank\" name=\"x\" style=\"color:red\">a</a>\n\n<iframe src=\"https://example.se\">\n\nResten av **texten**.");

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        Assert.Empty(document.Body!.QuerySelectorAll("form, input, button, iframe"));
        Assert.DoesNotContain(document.Body.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name is "name" or "target" or "style");
        Assert.Equal("texten", document.Body.QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public void Diff_MarksChangedLinesOnly()
    {
        var from = new ContentVersion { Title = "Rubrik", Body = "ett\ntvå\ntre" };
        var to = new ContentVersion { Title = "Rubrik", Body = "ett\nTVÅ\ntre" };

        var diff = VersionDiff.Between(from, to);

        Assert.Equal([new DiffLine(DiffKind.Removed, "två"), new DiffLine(DiffKind.Added, "TVÅ")], diff.Where(l => l.Kind != DiffKind.Same));
        Assert.Contains(new DiffLine(DiffKind.Same, "Rubrik: Rubrik"), diff);
    }
}
