using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Lists;

/// <summary>The content list (/admin/innehall): search, filters, sorting and paging in the URL, refusal of values it
/// cannot use with a message naming the field (400, never 500), and bulk publish/archive through the single publish path.</summary>
public sealed class ContentListTests(ListSite site) : IClassFixture<ListSite>
{
    [Fact]
    public async Task Search_Filters_Sort_AndPaging_WorkTogether_AndPagerLinksKeepThem()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        foreach (var title in new[] { "Listprov Beta", "Listprov Alfa", "Listprov Gamma" })
        {
            await CreateAsync(admin, title, "Nyhet");
        }

        await CreateAsync(admin, "Listprov Sida", "Sida");

        var (found, all) = await admin.GetPageAsync("/admin/innehall?q=listprov");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(4, ListHttp.Rows(all).Count);
        Assert.Equal("Nyheter och sidor (4)", all.QuerySelector("main caption")!.TextContent.Trim());
        // Each row says who saved the latest version.
        Assert.All(ListHttp.Rows(all), r => Assert.Equal(PortalApp.AdminEmail, r[5]));

        var (_, news) = await admin.GetPageAsync("/admin/innehall?q=listprov&typ=nyhet&status=utkast&sortera=titel&ordning=stigande");
        Assert.Equal(["Listprov Alfa", "Listprov Beta", "Listprov Gamma"], ListHttp.Rows(news).Select(r => r[1]));
        Assert.Equal("ascending", news.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Contains("Rubrik", news.QuerySelector("th[aria-sort]")!.TextContent, StringComparison.Ordinal);
        // The active column's link turns the order round and keeps the filters.
        var turn = news.QuerySelector("th[aria-sort] a")!.GetAttribute("href")!;
        Assert.Equal("/admin/innehall?q=listprov&typ=nyhet&status=utkast&sortera=titel&ordning=fallande", turn);
        var (_, turned) = await admin.GetPageAsync(turn);
        Assert.Equal(["Listprov Gamma", "Listprov Beta", "Listprov Alfa"], ListHttp.Rows(turned).Select(r => r[1]));
        Assert.Equal("descending", turned.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));

        var (_, first) = await admin.GetPageAsync("/admin/innehall?q=listprov&typ=nyhet&sortera=titel&antal=2");
        Assert.Equal(["Listprov Alfa", "Listprov Beta"], ListHttp.Rows(first).Select(r => r[1]));
        var next = ListHttp.NextPage(first);
        Assert.Equal("/admin/innehall?antal=2&q=listprov&typ=nyhet&sortera=titel&ordning=stigande&sida=2", next);
        var (_, second) = await admin.GetPageAsync(next!);
        Assert.Equal(["Listprov Gamma"], ListHttp.Rows(second).Select(r => r[1]));
        Assert.Null(ListHttp.NextPage(second));

        // The filter form keeps what was chosen, and the sort, for the next search.
        Assert.Equal("listprov", second.QuerySelector<IHtmlInputElement>("#q")!.Value);
        Assert.Equal("nyhet", second.QuerySelector<IHtmlSelectElement>("#typ")!.Value);
        Assert.Equal("titel", second.QuerySelector<IHtmlInputElement>("form.list-filter input[name='sortera']")!.Value);

        var (_, pages) = await admin.GetPageAsync("/admin/innehall?q=listprov&typ=sida");
        Assert.Equal(["Listprov Sida"], ListHttp.Rows(pages).Select(r => r[1]));
        var today = site.App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4, ListHttp.Rows((await admin.GetPageAsync($"/admin/innehall?q=listprov&fran={today}&till={today}")).Document).Count);
        Assert.Empty(ListHttp.Rows((await admin.GetPageAsync("/admin/innehall?q=listprov&till=2020-01-01")).Document));
        site.App.AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("status=hittepa", "status", "Välj status i listan.")]
    [InlineData("typ=blogg", "typ", "Välj typ i listan.")]
    [InlineData("sortera=Id", "sortera", "Sortering ska vara en av kolumnerna: titel, typ, uppdaterad, av, publicerad.")]
    [InlineData("ordning=upp", "ordning", "Ordning ska vara stigande eller fallande.")]
    [InlineData("fran=31-12-2026", "fran", "Ändrad från och med ska vara ett datum skrivet som 2026-01-31.")]
    [InlineData("fran=2026-12-02&till=2026-12-01", "till", "Ändrad till och med kan inte vara före ändrad från och med.")]
    [InlineData("status=utkast&status=arkiverad", "status", "status får bara anges en gång.")]
    public async Task ValuesTheListCannotUse_Answer400_WithTheFieldNamed(string query, string field, string message)
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var (response, page) = await admin.GetPageAsync("/admin/innehall?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.ErrorMessages());
        Assert.Empty(page.QuerySelectorAll("main table"));
        if (field is not ("sortera" or "ordning"))
        {
            Assert.Equal(message, page.QuerySelector($"#{field}-error")?.TextContent.Trim());
        }

        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task BulkPublish_PublishesEachChosenItem_WithOneAuditRowEach_AndBulkArchiveTakesThemDown()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var visitor = site.App.CreatePortalClient();
        string[] slugs = ["massprov-ett", "massprov-tva", "massprov-tre"];
        foreach (var slug in slugs)
        {
            await CreateAsync(admin, "Massprov " + slug[9..], "Nyhet", slug);
        }

        await CreateAsync(admin, "Massprov ej vald", "Nyhet", "massprov-ej-vald");
        var (_, list) = await admin.GetPageAsync("/admin/innehall?q=massprov&status=utkast");
        var chosen = list.QuerySelectorAll("main tbody tr").Where(r => !r.TextContent.Contains("ej vald", StringComparison.Ordinal))
            .Select(r => ("valda", r.QuerySelector<IHtmlInputElement>("input[name='valda']")!.Value)).ToList();
        Assert.Equal(3, chosen.Count);

        var published = await admin.SubmitFormAsync(list, [.. chosen, ("atgard", "publicera")], "form#bulk-form");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("/admin/innehall?q=massprov&status=utkast", published.Headers.Location?.OriginalString);
        var (_, after) = await admin.GetPageAsync("/admin/innehall?q=massprov");
        Assert.Equal("Publicerade: 3. Redan publicerade eller saknas: 0. Ändrade av någon annan under tiden: 0.", after.QuerySelector("main .notice")?.TextContent.Trim());
        foreach (var slug in slugs)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/nyheter/" + slug, TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/nyheter/massprov-ej-vald", TestContext.Current.CancellationToken)).StatusCode);
        var newsList = await visitor.Http.GetStringAsync("/nyheter", TestContext.Current.CancellationToken);
        Assert.Contains("Massprov ett", newsList, StringComparison.Ordinal);

        // Publishing again changes nothing, so it audits nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(list, [.. chosen, ("atgard", "publicera")], "form#bulk-form")).StatusCode);
        var audit = await admin.Http.GetStringAsync("/admin/audit?handler=csv&kategori=publishing&q=massprov", TestContext.Current.CancellationToken);
        foreach (var slug in slugs)
        {
            Assert.Equal(1, audit.Split('\n').Count(l => l.Contains(",published,", StringComparison.Ordinal) && l.Contains($"Nyhet {slug} ", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain("massprov-ej-vald", audit, StringComparison.Ordinal);

        var archived = await admin.SubmitFormAsync(list, [.. chosen, ("atgard", "arkivera")], "form#bulk-form");
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        foreach (var slug in slugs)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/nyheter/" + slug, TestContext.Current.CancellationToken)).StatusCode);
        }

        var withdrawn = await admin.Http.GetStringAsync("/admin/audit?handler=csv&kategori=publishing&q=massprov", TestContext.Current.CancellationToken);
        Assert.Equal(3, withdrawn.Split('\n').Count(l => l.Contains(",archived,", StringComparison.Ordinal)));
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task BulkForm_WithoutAntiforgeryToken_IsRefused_AndWithoutAChoice_SaysSo()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var forged = await admin.Http.PostAsync("/admin/innehall?handler=Bulk",
            new FormUrlEncodedContent([new("atgard", "publicera"), new("valda", Guid.NewGuid().ToString())]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        await CreateAsync(admin, "Tomval inget valt", "Nyhet");
        var (_, list) = await admin.GetPageAsync("/admin/innehall?q=tomval");
        var none = await admin.SubmitFormAsync(list, [("atgard", "publicera")], "form#bulk-form");
        var (_, back) = await admin.GetPageAsync(none.Headers.Location!.OriginalString);
        Assert.Equal("/admin/innehall?q=tomval", none.Headers.Location!.OriginalString);
        Assert.Equal("Välj minst en nyhet eller sida i listan.", back.QuerySelector("main .error-summary p")?.TextContent.Trim());
    }

    private static async Task CreateAsync(PortalClient admin, string title, string kind, string slug = "")
    {
        var response = await admin.SubmitFormAsync("/admin/innehall/new?kind=" + kind,
            [("Input.Kind", kind), ("Input.Title", title), ("Input.Slug", slug), ("Input.Lead", "En ingress."), ("Input.Body", "Brödtext.")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
