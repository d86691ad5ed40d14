using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Portal.Tests;

/// <summary>The start page (/admin) per role of the demo: the work the demo makes due, linked to where it is done,
/// and nothing from another role's work.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task SecurityUnit_SeesTheDueWork_AndPublishingAKallelse_TakesItOffTheStartPage()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var invited = await InviteAsync(admin, "ny.partner@example.se", "Ny Partner");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        using var anna = await SignInDemoUserAsync(app, admin, "anna.berg@example.se");

        var (response, start) = await anna.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Välkommen, Anna Berg (säkerhetschef).", start.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The demo's next Samordnings- och beredningsgrupp meeting (January) has no published kallelse.
        var kallelser = Items(start, "kallelser");
        var kallelse = Assert.Single(kallelser, i => i.Text.StartsWith("Samordnings- och beredningsgrupp", StringComparison.Ordinal));
        Assert.Contains("Kallelsen är inte publicerad.", kallelse.Detail, StringComparison.Ordinal);
        // Its November meeting's protokoll is not justerat, more than 14 days on.
        var minutes = Assert.Single(Items(start, "protokoll"));
        Assert.EndsWith("/protokoll", minutes.Url, StringComparison.Ordinal);
        Assert.Contains("inte justerat", minutes.Detail, StringComparison.Ordinal);
        Assert.Contains(Items(start, "forumvarningar"), i => i.Detail.Contains("För få", StringComparison.Ordinal));
        var owed = Items(start, "rapporter");
        Assert.NotEmpty(owed);
        Assert.All(owed, i => Assert.Contains("/reports-due?period=", i.Url, StringComparison.Ordinal));
        Assert.Contains("Tertial 3", start.QuerySelector("#rapporter h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("slutar", Assert.Single(Items(start, "kf-rapport")).Detail, StringComparison.Ordinal);
        Assert.Contains(Items(start, "loftesuppfoljning"), i => i.Detail == "Aldrig följt upp.");
        Assert.Contains(Items(start, "inbjudningar"), i => i.Text == "Ny Partner (ny.partner@example.se)");
        Assert.NotEmpty(Items(start, "mina-forum"));
        // Not hers: the editors' content work and the administrator's outbox.
        Assert.Null(start.QuerySelector("#utkast"));
        Assert.Null(start.QuerySelector("#utskick"));
        Assert.Null(start.QuerySelector("#mina-atgarder"));

        // Every link leads somewhere she may open.
        foreach (var url in start.QuerySelectorAll("main section a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            Assert.True((await anna.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }

        // Done where the link leads: publishing the kallelse takes the item off her start page.
        var published = await anna.SubmitFormAsync(kallelse.Url, [], formSelector: "main form", handler: "Publish");
        Assert.Equal(kallelse.Url, published.RedirectPath());
        var (_, after) = await anna.GetPageAsync("/admin");
        Assert.DoesNotContain(Items(after, "kallelser"), i => i.Url == kallelse.Url);
        Assert.Equal(kallelser.Count - 1, Items(after, "kallelser").Count);
        Assert.Contains(Items(after, "nasta-sammantraden"), i => i.Url == kallelse.Url && i.Detail.StartsWith("Kallelsen är publicerad", StringComparison.Ordinal));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task EditorReporterAndMember_EachSeeTheirOwnWorkOnly()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        using var maria = await SignInDemoUserAsync(app, admin, "maria.lind@example.se");
        var draft = await maria.SubmitFormAsync("/admin/innehall/new", [("Input.Title", "Utkast om vinterns trygghetsvandringar")]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        var (_, editor) = await maria.GetPageAsync("/admin");
        Assert.Contains("Välkommen, Maria Lind (kommunikatör).", editor.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var drafted = Assert.Single(Items(editor, "utkast"), i => i.Text.Contains("Utkast om vinterns trygghetsvandringar", StringComparison.Ordinal));
        Assert.Equal(draft.RedirectPath(), drafted.Url);
        Assert.NotEmpty(Items(editor, "publicerat"));
        Assert.NotNull(editor.QuerySelector("#schemalagt"));
        foreach (var hidden in new[] { "#kallelser", "#protokoll", "#rapporter", "#inbjudningar", "#mina-atgarder", "#mina-forum", "#loftesuppfoljning" })
        {
            Assert.Null(editor.QuerySelector(hidden));
        }

        // Karin reports for Kommunledningsförvaltningen and sits in Trygghetsrådet and Samverkansrådet.
        using var karin = await SignInDemoUserAsync(app, admin, "karin.sjo@example.se");
        var (_, reporter) = await karin.GetPageAsync("/admin");
        var measures = Items(reporter, "mina-atgarder");
        Assert.Equal(7, measures.Count);
        Assert.Contains(measures, m => m.Text == "Trygghetsmätning och uppföljning med polisen");
        Assert.DoesNotContain(measures, m => m.Text == "Grannsamverkan mot brott");
        Assert.All(measures, m => Assert.EndsWith("/report", m.Url, StringComparison.Ordinal));
        Assert.Equal(7, reporter.QuerySelectorAll("#mina-atgarder progress").Length);
        var meetings = Items(reporter, "mina-forum");
        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.StartsWith("/admin/mina-forum/sammantraden/", m.Url, StringComparison.Ordinal));
        Assert.Contains(meetings, m => m.Text.StartsWith("Trygghetsrådet", StringComparison.Ordinal) && m.Detail.StartsWith("Föredragningslista med", StringComparison.Ordinal));
        foreach (var hidden in new[] { "#kallelser", "#protokoll", "#rapporter", "#kf-rapport", "#inbjudningar", "#utkast", "#forumvarningar", "#loftesutkast" })
        {
            Assert.Null(reporter.QuerySelector(hidden));
        }

        foreach (var url in reporter.QuerySelectorAll("main section a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            Assert.True((await karin.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }

        app.AssertNoErrorsLogged();
    }

    private sealed record Item(string Text, string Url, string Detail);

    private static List<Item> Items(IDocument page, string section) =>
        page.QuerySelectorAll($"#{section} li").Select(li => new Item(
            li.QuerySelector("a")!.TextContent.Trim(),
            li.QuerySelector("a")!.GetAttribute("href")!,
            li.QuerySelector(".dashboard-detail")?.TextContent.Replace("Att göra:", string.Empty, StringComparison.Ordinal).Trim() ?? string.Empty)).ToList();

    private static async Task<HttpResponseMessage> InviteAsync(PortalClient admin, string email, string name)
    {
        var (_, form) = await admin.GetPageAsync("/admin/inbjudningar/ny");
        string Option(string select, string label) =>
            form.QuerySelectorAll<IHtmlOptionElement>($"select[name='{select}'] option").Single(o => o.TextContent.Trim() == label).Value;
        return await admin.SubmitFormAsync(form,
            [("Email", email), ("Name", name), ("OrganisationId", Option("OrganisationId", "Region Östergötland")), ("SpaceId", Option("SpaceId", "Samverkansrådet")), ("Role", "Deltagare")]);
    }

    /// <summary>Gives a demo account a known password through the admin UI and signs it in as a person does.</summary>
    private static async Task<PortalClient> SignInDemoUserAsync(PortalApp app, PortalClient admin, string email)
    {
        var (_, users) = await admin.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(email));
        var edit = users.QuerySelectorAll("main tbody a").First().GetAttribute("href")!;
        var set = await admin.SubmitFormAsync(edit, [("NewPassword", UserPassword)], handler: "SetPassword");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        return await app.CreateSignedInClientAsync(email);
    }
}
