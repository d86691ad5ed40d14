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
        Assert.Equal("Efter skriptet.", posts[2].TextContent.Trim());
        Assert.Equal("bättre belysning", posts[0].QuerySelector("strong")?.TextContent);
        var reply = posts[1];
        Assert.Empty(reply.QuerySelectorAll("script, img, [onclick], [onerror]"));
        Assert.DoesNotContain("alert", reply.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", reply.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("särskilt", reply.QuerySelector("em")?.TextContent);
        Assert.Equal("fet", reply.QuerySelector("b")?.TextContent);
        Assert.Contains("Håller med", reply.TextContent, StringComparison.Ordinal);
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
