using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Lists;

/// <summary>Meetings (/admin/meetings), invitations (/admin/inbjudningar) and users (/admin/users) through the shared
/// list mechanism: filters narrow, sort orders, paging keeps the filters, and values the list cannot use answer 400 with
/// the field named.</summary>
public sealed class PeopleAndMeetingListTests(ListSite site) : IClassFixture<ListSite>
{
    [Fact]
    public async Task Meetings_FilterByForumStatusPeriodAndPlace_AndSortByTime()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var (_, held) = await admin.GetPageAsync("/admin/meetings?forum=trygghetsradet&status=genomfort&sortera=tid&ordning=stigande");
        var rows = ListHttp.Rows(held);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(["Trygghetsrådet", "Genomfört"], new[] { r[1], r[3] }));
        var links = held.QuerySelectorAll("main tbody a").Select(a => a.TextContent).ToList();
        Assert.Contains("februari", links[0], StringComparison.Ordinal);
        Assert.Contains("september", links[^1], StringComparison.Ordinal);

        var (_, planned) = await admin.GetPageAsync("/admin/meetings?status=planerat");
        Assert.All(ListHttp.Rows(planned), r => Assert.Equal(["Planerat", "Inte publicerad"], new[] { r[3], r[4] }));
        Assert.NotEmpty(ListHttp.Rows(planned));

        var (_, place) = await admin.GetPageAsync("/admin/meetings?q=kongress");
        Assert.NotEmpty(ListHttp.Rows(place));
        Assert.All(ListHttp.Rows(place), r => Assert.Equal("Samverkansråd", r[1]));

        var (_, april) = await admin.GetPageAsync("/admin/meetings?fran=2026-04-01&till=2026-04-30&sortera=forum");
        Assert.Equal(["Samordnings- och beredningsgrupp", "Samverkansråd"], ListHttp.Rows(april).Select(r => r[1]));

        var (_, paged) = await admin.GetPageAsync("/admin/meetings?forum=trygghetsradet&antal=2");
        Assert.Equal("/admin/meetings?antal=2&forum=trygghetsradet&sida=2", ListHttp.NextPage(paged));

        var (wrong, refused) = await admin.GetPageAsync("/admin/meetings?forum=finns-inte&till=igår");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Välj forum i listan.", refused.QuerySelector("#forum-error")?.TextContent.Trim());
        Assert.Equal("Till och med ska vara ett datum skrivet som 2026-01-31.", refused.QuerySelector("#till-error")?.TextContent.Trim());
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Invitations_AreSearched_FilteredByStatusAndOrganisation_AndSortedByName()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        foreach (var (email, name, organisation) in new[]
        {
            ("listprov.b@example.se", "Listprov Berit", "Region Östergötland"),
            ("listprov.a@example.se", "Listprov Arne", "Linköpings universitet"),
            ("listprov.c@example.se", "Listprov Cecilia", "Region Östergötland"),
        })
        {
            var organisationId = await OptionAsync(admin, "/admin/inbjudningar/ny", "OrganisationId", organisation);
            var spaceId = await OptionAsync(admin, "/admin/inbjudningar/ny", "SpaceId", "Samverkansrådet");
            var sent = await admin.SubmitFormAsync("/admin/inbjudningar/ny", [("Email", email), ("Name", name), ("OrganisationId", organisationId), ("SpaceId", spaceId), ("Role", "Deltagare")]);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var (_, all) = await admin.GetPageAsync("/admin/inbjudningar?q=LISTPROV&sortera=namn&ordning=stigande");
        Assert.Equal(["Listprov Arne", "Listprov Berit", "Listprov Cecilia"], all.QuerySelectorAll("main tbody tr").Select(r => r.QuerySelector("td")!.ChildNodes[0].TextContent.Trim()));
        Assert.All(ListHttp.Rows(all), r => Assert.Equal(PortalApp.AdminEmail, r[5]));

        var region = await OptionAsync(admin, "/admin/inbjudningar", "organisation", "Region Östergötland");
        var (_, regional) = await admin.GetPageAsync($"/admin/inbjudningar?q=listprov&organisation={region}&status=vantar");
        Assert.Equal(2, ListHttp.Rows(regional).Count);
        Assert.All(ListHttp.Rows(regional), r => Assert.Equal("Väntar på svar", r[3]));
        Assert.Empty(ListHttp.Rows((await admin.GetPageAsync("/admin/inbjudningar?q=listprov&status=accepterad")).Document));

        var (wrong, refused) = await admin.GetPageAsync("/admin/inbjudningar?organisation=" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Välj organisation i listan.", refused.QuerySelector("#organisation-error")?.TextContent.Trim());
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Users_AreFilteredByRole_SortedByEmail_AndAnUnknownRoleIsRefused()
    {
        using var admin = await site.App.CreateAdminClientAsync();
        var (_, editors) = await admin.GetPageAsync("/admin/users?roll=Redakt%C3%B6r");
        Assert.Equal(["maria.lind@example.se"], ListHttp.Rows(editors).Select(r => r[1]));

        var (_, byEmail) = await admin.GetPageAsync("/admin/users?q=example.se&sortera=epost&ordning=fallande&status=aktiva");
        var emails = ListHttp.Rows(byEmail).Select(r => r[1]).ToList();
        Assert.True(emails.Count >= 6, string.Join(", ", emails));
        Assert.Equal(emails.OrderDescending(StringComparer.Ordinal), emails);
        Assert.Equal("descending", byEmail.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Empty(ListHttp.Rows((await admin.GetPageAsync("/admin/users?status=inaktiverade")).Document));

        var (wrong, refused) = await admin.GetPageAsync("/admin/users?roll=Hittep%C3%A5&sortera=senast");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["Välj roll i listan.", "Sortering ska vara en av kolumnerna: namn, epost."], refused.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        site.App.AssertNoErrorsLogged();
    }

    private static async Task<string> OptionAsync(PortalClient client, string page, string name, string label)
    {
        var (_, document) = await client.GetPageAsync(page);
        return document.QuerySelectorAll<IHtmlOptionElement>($"select[name='{name}'] option").Single(o => o.TextContent.Trim() == label).Value;
    }
}
