using System.Net;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.CitizenPromises.Tests;

/// <summary>Drafts are invisible to the public until an editor publishes them: a draft set, a draft promise in a
/// published set and an unpublished follow-up appear on no page, in no feed, in neither open-data format and not
/// in the sitemap; a draft set's address answers 404. Publishing records who and when.</summary>
public sealed class DraftsTests
{
    private static readonly string[] PublicUrls =
        ["/", "/medborgarloften", "/medborgarloften/linkoping-2026", "/medborgarloften/linkoping-2026/uppfoljning", "/medborgarloften/feed.xml", "/api/v1/medborgarloften", "/api/v1/medborgarloften.csv", "/sitemap.xml"];

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Drafts_AppearNowhereInPublic_UntilPublished_AndThenEverywhere(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        using var visitor = app.CreatePortalClient();

        // A draft set with a promise and a follow-up, and in the published 2026 set a draft promise and, on a
        // published promise, an unpublished follow-up.
        var draftSet = await admin.CreateSetAsync("utkast-stadsdel-2027", "Utkastlöfte UTKASTSET", from: "2026-06-01", to: "2027-05-31");
        var draftSetPromise = await admin.CreatePromiseAsync(draftSet, "Löfte i utkastset UTKASTSETLOFTE");
        await admin.CreateFollowUpAsync(draftSetPromise, "Uppföljning i utkastset UTKASTSETUPPF", "Text UTKASTSETUPPF");
        var published2026 = await Set2026PathAsync(admin);
        var draftPromise = await admin.CreatePromiseAsync(published2026, "Opublicerat löfte UTKASTLOFTE", progress: 12);
        var publishedPromise = await FirstPromisePathAsync(admin, published2026);
        var draftFollowUp = await admin.CreateFollowUpAsync(publishedPromise, "Opublicerad uppföljning UTKASTUPPF", "Text UTKASTUPPF");

        string[] markers = ["UTKASTSET", "utkast-stadsdel-2027", "UTKASTSETLOFTE", "UTKASTSETUPPF", "UTKASTLOFTE", "UTKASTUPPF"];
        await AssertNoneAsync(visitor, markers);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/medborgarloften/utkast-stadsdel-2027")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/medborgarloften/utkast-stadsdel-2027/uppfoljning")).StatusCode);

        // Publishing the follow-up alone shows it; publishing the draft set alone shows the set but not its draft promise.
        await admin.PublishAsync(draftFollowUp);
        Assert.Contains("UTKASTUPPF", await visitor.BodyAsync("/medborgarloften/feed.xml"), StringComparison.Ordinal);
        Assert.Contains("UTKASTUPPF", await visitor.BodyAsync("/medborgarloften/linkoping-2026"), StringComparison.Ordinal);
        await admin.PublishAsync(draftSet);
        var setPage = await visitor.BodyAsync("/medborgarloften/utkast-stadsdel-2027");
        Assert.Contains("UTKASTSET", setPage, StringComparison.Ordinal);
        Assert.DoesNotContain("UTKASTSETLOFTE", setPage, StringComparison.Ordinal);
        Assert.Contains("/medborgarloften/utkast-stadsdel-2027", await visitor.BodyAsync("/sitemap.xml"), StringComparison.Ordinal);
        await AssertNoneAsync(visitor, ["UTKASTSETLOFTE", "UTKASTSETUPPF", "UTKASTLOFTE"]);

        // A promise, once published, is on its page, in open data and on the start page with its progress.
        await admin.PublishAsync(draftPromise);
        Assert.Contains("UTKASTLOFTE", await visitor.BodyAsync("/api/v1/medborgarloften.csv"), StringComparison.Ordinal);
        var (_, start) = await visitor.GetPageAsync("/");
        Assert.Contains((12, "12 % klart"), start.ShownProgress("main section.promises-home"));

        // Publishing records who and when.
        var (_, edit) = await admin.GetPageAsync(draftPromise);
        Assert.Matches(@"^Publicerad \d{4}-\d{2}-\d{2} \d{2}\.\d{2} av admin@example\.se$", edit.QuerySelector("main .publication")?.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    private static async Task AssertNoneAsync(PortalClient visitor, IEnumerable<string> markers)
    {
        foreach (var url in PublicUrls)
        {
            var body = await visitor.BodyAsync(url);
            foreach (var marker in markers)
            {
                Assert.False(body.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{marker} appeared in {url}");
            }
        }
    }

    internal static async Task<string> Set2026PathAsync(PortalClient admin)
    {
        var (_, list) = await admin.GetPageAsync("/admin/medborgarloften");
        return list.QuerySelectorAll("main table.sets a").Single(a => a.TextContent.Trim() == "Medborgarlöfte för Linköping 2026").GetAttribute("href")!;
    }

    internal static async Task<string> FirstPromisePathAsync(PortalClient admin, string setPath)
    {
        var (_, set) = await admin.GetPageAsync(setPath);
        return set.QuerySelectorAll("main table a").First().GetAttribute("href")!;
    }
}
