using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Lists;

/// <summary>A plan's measures (/admin/plans/{id}) and the audit log (/admin/audit) through the same list mechanism as
/// the content list: search, filters, sorting by column, paging with the filters kept, and a 400 naming the field.</summary>
public sealed class MeasureAndAuditListTests(ListSite site) : IClassFixture<ListSite>
{
    [Fact]
    public async Task Measures_AreSearched_FilteredByResponsibleBody_AndSortedByProgress()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var plan = await PlanPathAsync(admin);

        var (_, police) = await admin.GetPageAsync(plan + "?ansvarig=polisen&sortera=framsteg&ordning=stigande");
        var rows = ListHttp.Rows(police);
        Assert.Equal(new[] { "Kameraövervakning vid Stora torget", "Grannsamverkan mot brott" }.Order(), rows.Select(r => r[0]).Order());
        Assert.Equal(rows.Select(r => int.Parse(r[2].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).Order(),
            rows.Select(r => int.Parse(r[2].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("ascending", police.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Contains("Framsteg", police.QuerySelector("th[aria-sort]")!.TextContent, StringComparison.Ordinal);

        var (_, searched) = await admin.GetPageAsync(plan + "?q=skola&sortera=namn&ordning=fallande");
        var names = ListHttp.Rows(searched).Select(r => r[0]).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains("skola", n, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);

        var (_, byBody) = await admin.GetPageAsync(plan + "?sortera=ansvarig&antal=5");
        Assert.Equal(5, ListHttp.Rows(byBody).Count);
        Assert.Equal(plan + "?antal=5&sortera=ansvarig&ordning=stigande&sida=2", ListHttp.NextPage(byBody));
        var bodies = ListHttp.Rows(byBody).Select(r => r[3]).ToList();
        Assert.Equal(bodies.Order(StringComparer.Ordinal), bodies);

        var (wrong, refused) = await admin.GetPageAsync(plan + "?ansvarig=finns-inte");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Välj ansvarig i listan.", refused.QuerySelector("#ansvarig-error")?.TextContent.Trim());
        // The plan's own form is still there, without the list's problem repeated in its summary.
        Assert.NotNull(refused.QuerySelector("main form[method='post']"));
        Assert.Single(refused.QuerySelectorAll(".error-summary li"), li => li.TextContent.Trim() == "Välj ansvarig i listan.");
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task AuditLog_SortsByColumn_KeepsFiltersInPagerAndCsvLinks_AndRefusesUnknownSort()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var (_, byActor) = await admin.GetPageAsync("/admin/audit?sortera=vem&ordning=fallande&antal=10");
        var actors = ListHttp.Rows(byActor).Select(r => r[2]).ToList();
        Assert.Equal(10, actors.Count);
        Assert.Equal(actors.OrderDescending(StringComparer.Ordinal), actors);
        Assert.Equal("descending", byActor.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Equal("/admin/audit?antal=10&sortera=vem&ordning=fallande&sida=2", ListHttp.NextPage(byActor));

        var (_, oldest) = await admin.GetPageAsync("/admin/audit?kategori=sign-in&sortera=tid&ordning=stigande");
        var times = ListHttp.Rows(oldest).Select(r => r[0]).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        Assert.Equal("/admin/audit?kategori=sign-in&sortera=tid&ordning=stigande&handler=csv", oldest.QuerySelector("main a[download]")?.GetAttribute("href"));

        var (wrong, refused) = await admin.GetPageAsync("/admin/audit?sortera=RemoteAddress");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["Sortering ska vara en av kolumnerna: tid, kategori, vem, utfall."], refused.ErrorMessages());
        var (badDate, _) = await admin.GetPageAsync("/admin/audit?fran=igår");
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        site.App.AssertNoErrorsLogged();
    }

    private static async Task<string> PlanPathAsync(PortalClient admin)
    {
        var (_, plans) = await admin.GetPageAsync("/admin/plans");
        return plans.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/admin/plans/", StringComparison.Ordinal) && h.Length > 20);
    }
}
