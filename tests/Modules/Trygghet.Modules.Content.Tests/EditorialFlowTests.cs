using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>Draft → preview → publish, slugs that stay and redirect, and versions with diff and restore, through the
/// back office and the citizen pages over real HTTP.</summary>
public sealed class EditorialFlowTests(ContentSite site) : IClassFixture<ContentSite>
{
    [Fact]
    public async Task Draft_IsNotPublicUntilPublished_ThenListedAndShown()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var anonymous = site.App.CreatePortalClient();
        var path = await admin.CreateDraftAsync("Nytt om belysningen på Ågatan", "Lamporna byts i **december**.");

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/nyheter/nytt-om-belysningen-pa-agatan")).StatusCode);
        Assert.DoesNotContain("Nytt om belysningen", await anonymous.Http.GetStringAsync("/nyheter"), StringComparison.Ordinal);
        var (preview, previewPage) = await admin.GetPageAsync(path + "/forhandsgranska");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("december", previewPage.QuerySelector("main article strong")?.TextContent);
        Assert.Equal("Utkast", await admin.StatusAsync(path));

        await admin.PublishAsync(path);

        var (response, page) = await anonymous.GetPageAsync("/nyheter/nytt-om-belysningen-pa-agatan");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nytt om belysningen på Ågatan", page.QuerySelector("main h1")?.TextContent);
        // The news item's own Open Graph replaces the layout's, rather than adding a second set.
        Assert.Equal("Nytt om belysningen på Ågatan", Assert.Single(page.QuerySelectorAll("meta[property='og:title']")).GetAttribute("content"));
        Assert.Equal("En ingress.", page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
        Assert.EndsWith("/nyheter/nytt-om-belysningen-pa-agatan", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("Nytt om belysningen på Ågatan", await anonymous.Http.GetStringAsync("/nyheter"), StringComparison.Ordinal);
        Assert.Contains("/nyheter/nytt-om-belysningen-pa-agatan", await anonymous.Http.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Equal("Publicerad", await admin.StatusAsync(path));
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Slug_IsKeptWhenTheTitleChanges_AndAnOldSlugRedirectsPermanently()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var anonymous = site.App.CreatePortalClient();
        var path = await admin.CreateDraftAsync("Första rubriken om parken");
        await admin.PublishAsync(path);

        var retitled = await admin.SaveAsync(path, ("Input.Title", "En helt ny rubrik om parken"));
        Assert.Equal(HttpStatusCode.Redirect, retitled.StatusCode);
        await admin.PublishAsync(path);
        var (_, page) = await anonymous.GetPageAsync("/nyheter/forsta-rubriken-om-parken");
        Assert.Equal("En helt ny rubrik om parken", page.QuerySelector("main h1")?.TextContent);

        var moved = await admin.SaveAsync(path, ("Input.Slug", "parken-i-vinter"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var old = await anonymous.Http.GetAsync("/nyheter/forsta-rubriken-om-parken");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/nyheter/parken-i-vinter", old.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync("/nyheter/parken-i-vinter")).StatusCode);
    }

    [Fact]
    public async Task Slug_ThatCollides_IsRefusedAtTheField_AndAGeneratedOneGetsANumber()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        await admin.CreateDraftAsync("Samma rubrik två gånger");
        var second = await admin.CreateDraftAsync("Samma rubrik två gånger");
        var (_, page) = await admin.GetPageAsync(second);
        Assert.Equal("/nyheter/samma-rubrik-tva-ganger-2", page.QuerySelectorAll("dl.facts dd")[1].TextContent.Split('·')[0].Trim());

        var refused = await admin.SubmitFormAsync("/admin/innehall/new", [("Input.Title", "Annan rubrik"), ("Input.Slug", "samma-rubrik-tva-ganger")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var document = await refused.ReadDocumentAsync();
        Assert.Equal("Adress (slug) används redan av en annan nyhet eller sida.", document.QuerySelector("#slug-error")?.TextContent.Trim());

        var invalid = await admin.SubmitFormAsync("/admin/innehall/new", [("Input.Title", "Tredje"), ("Input.Slug", "Inte Giltig!")]);
        Assert.Contains("a–z", (await invalid.ReadDocumentAsync()).QuerySelector("#slug-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageWithoutAltText_IsRefusedAtItsField_InTheBodyAndAsThePagesImage()
    {
        using var admin = await site.App.CreateAdminClientAsync();

        var body = await admin.SubmitFormAsync("/admin/innehall/new", [("Input.Title", "Bild utan text"), ("Input.Body", "Se här: ![](/media/abc/full.png)")]);
        Assert.Equal(HttpStatusCode.OK, body.StatusCode);
        Assert.Contains("bild utan alternativtext", (await body.ReadDocumentAsync()).QuerySelector("#body-error")?.TextContent, StringComparison.Ordinal);

        var image = await admin.SubmitFormAsync("/admin/innehall/new", [("Input.Title", "Bild utan text"), ("Input.ImageUrl", "/media/abc/full.png")]);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Contains("krävs när sidan har en bild", (await image.ReadDocumentAsync()).QuerySelector("#image-alt-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_ListEverySave_DiffShowsInsertedAndDeletedLines_RestoreMakesANewDraft()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var anonymous = site.App.CreatePortalClient();
        var path = await admin.CreateDraftAsync("Versionerad nyhet", "Rad ett.\nRad två.");
        await admin.PublishAsync(path);
        await admin.SaveAsync(path, ("Input.Body", "Rad ett.\nRad tre."));

        var (_, versions) = await admin.GetPageAsync(path + "/versioner");
        Assert.Equal(2, versions.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal("Rad tre.", versions.QuerySelector("ol.diff ins")?.TextContent.Replace("Tillagt:", string.Empty, StringComparison.Ordinal).Trim());
        Assert.Equal("Rad två.", versions.QuerySelector("ol.diff del")?.TextContent.Replace("Borttaget:", string.Empty, StringComparison.Ordinal).Trim());
        Assert.StartsWith("Tillagt:", versions.QuerySelector("ol.diff ins")?.TextContent, StringComparison.Ordinal);
        // The published version stays what citizens read while the newer one is a draft.
        Assert.Contains("Rad två.", await anonymous.Http.GetStringAsync("/nyheter/versionerad-nyhet"), StringComparison.Ordinal);
        Assert.Equal("Publicerad, med opublicerade ändringar", await admin.StatusAsync(path));

        var restored = await admin.SubmitFormAsync(path + "/versioner", [("number", "1")], "form.restore-form");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var (_, after) = await admin.GetPageAsync(path + "/versioner");
        var rows = after.QuerySelectorAll("main table tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Contains("Återställd från version 1", rows[0].TextContent, StringComparison.Ordinal);
        var (_, editor) = await admin.GetPageAsync(path);
        Assert.Equal("Rad ett.\nRad två.", editor.QuerySelector("textarea[name='Input.Body']")?.TextContent.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SecondOfTwoConcurrentSaves_GetsAConflict_AndTheFirstIsKept()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var path = await admin.CreateDraftAsync("Samtidigt redigerad");
        var (_, first) = await admin.GetPageAsync(path);
        var (_, second) = await admin.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(first, [("Input.Title", "Den första ändringen")], "form#edit-form")).StatusCode);
        var conflict = await admin.SubmitFormAsync(second, [("Input.Title", "Den andra ändringen")], "form#edit-form");

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Någon annan har sparat under tiden", (await conflict.ReadDocumentAsync()).QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        var (_, page) = await admin.GetPageAsync(path);
        Assert.Equal("Den första ändringen", page.QuerySelector("input[name='Input.Title']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Archived_AndInternal_ContentIsNotPublic()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var anonymous = site.App.CreatePortalClient();
        var archived = await admin.CreateDraftAsync("Snart arkiverad");
        await admin.PublishAsync(archived);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync("/nyheter/snart-arkiverad")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(archived, [], "form#archive-form")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/nyheter/snart-arkiverad")).StatusCode);
        Assert.Equal("Arkiverad", await admin.StatusAsync(archived));
        // Archived, not deleted: its versions are still there.
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(archived + "/versioner")).StatusCode);

        var internalItem = await admin.CreateDraftAsync("Bara för oss");
        await admin.SaveAsync(internalItem, ("Input.Classification", "Intern"));
        await admin.PublishAsync(internalItem);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/nyheter/bara-for-oss")).StatusCode);
        Assert.DoesNotContain("bara-for-oss", await anonymous.Http.GetStringAsync("/nyheter/feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("bara-for-oss", await anonymous.Http.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_LiveUnderSida()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var anonymous = site.App.CreatePortalClient();
        var path = await admin.CreateDraftAsync("Så arbetar vi", kind: "Sida");
        await admin.PublishAsync(path);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync("/sida/sa-arbetar-vi")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/nyheter/sa-arbetar-vi")).StatusCode);
        Assert.DoesNotContain("sa-arbetar-vi", await anonymous.Http.GetStringAsync("/nyheter/feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_EvictsTheCachedNewsList()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var anonymous = site.App.CreatePortalClient();
        var path = await admin.CreateDraftAsync("Nyhet efter cachning");
        Assert.DoesNotContain("Nyhet efter cachning", await anonymous.Http.GetStringAsync("/nyheter"), StringComparison.Ordinal);

        await admin.PublishAsync(path);

        Assert.Contains("Nyhet efter cachning", await anonymous.Http.GetStringAsync("/nyheter"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsList_IsPaginatedTenToAPage()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        using var anonymous = site.App.CreatePortalClient();
        for (var i = 1; i <= 10; i++)
        {
            await admin.PublishAsync(await admin.CreateDraftAsync($"Sidbytesnyhet {i}"));
        }

        var (_, first) = await anonymous.GetPageAsync("/nyheter");
        Assert.Equal(10, first.QuerySelectorAll("main .news-list h2 a").Length);
        var next = first.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href");
        Assert.Equal("/nyheter?sida=2", next);
        var (response, second) = await anonymous.GetPageAsync(next!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(second.QuerySelectorAll("main .news-list h2 a"));
        Assert.Equal("/nyheter?sida=1", second.QuerySelector("nav.pager a[rel='prev']")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/nyheter?sida=999")).StatusCode);
    }
}
