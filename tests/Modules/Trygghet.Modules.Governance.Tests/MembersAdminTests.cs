using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Memberships in the back office (/admin/forums/{id}/members) and on /organisation: added, edited,
/// ended (never deleted), validated, and the forum warnings they drive.</summary>
public sealed class MembersAdminTests
{
    private const string Samverkansrad = "Samverkansråd";

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Members_AddedMemberShowsOnOrganisationWithPublicFieldsOnly_AndAnEndedOneStaysInHistory(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var members = await admin.MembersPathAsync(Samverkansrad);

        var added = await admin.SubmitFormAsync(members + "/new",
        [
            ("Input.PersonName", "  Tove Testsson  "),
            ("Input.Kind", "Ledamot"),
            ("Input.Foredragande", "true"),
            ("Input.Organisation", "Stångåstaden AB"),
            ("Input.From", "2025-01-01"),
        ]);

        Assert.Equal(members, added.RedirectPath());
        using var visitor = app.CreatePortalClient();
        var (_, organisation) = await visitor.GetPageAsync("/organisation");
        var member = organisation.ForumSection("samverkansrad").QuerySelectorAll("ul.members li").Single(li => li.TextContent.Contains("Tove", StringComparison.Ordinal));
        Assert.Equal("Tove Testsson, ledamot och föredragande, Stångåstaden AB", member.Normalized());

        // Ended yesterday: gone from the public page, kept in the back office's history.
        var edit = await admin.MemberEditPathAsync(members, "Tove Testsson");
        var yesterday = app.Today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ended = await admin.SubmitFormAsync(edit, [("EndOn", yesterday)], handler: "End");
        Assert.Equal(members, ended.RedirectPath());
        (_, organisation) = await visitor.GetPageAsync("/organisation");
        Assert.DoesNotContain("Tove Testsson", organisation.ForumSection("samverkansrad").TextContent, StringComparison.Ordinal);
        var (_, list) = await admin.GetPageAsync(members);
        var row = list.QuerySelectorAll("main tbody tr").Single(tr => tr.TextContent.Contains("Tove Testsson", StringComparison.Ordinal));
        Assert.Equal("Avslutat", row.QuerySelectorAll("td").Last().TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Members_PeriodEndingBeforeItStartsIsRefusedNamingTheFieldAndNothingIsSaved(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var members = await admin.MembersPathAsync(Samverkansrad);

        var refused = await admin.SubmitFormAsync(members + "/new",
            [("Input.PersonName", "Baklänges Person"), ("Input.From", "2026-03-01"), ("Input.To", "2026-02-28")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync();
        Assert.Equal("Till och med får inte vara före startdatumet.", page.QuerySelector("#to-error")?.TextContent.Trim());
        Assert.Equal(["Till och med får inte vara före startdatumet."], page.ErrorMessages());
        var (_, list) = await admin.GetPageAsync(members);
        Assert.DoesNotContain("Baklänges Person", list.MainText(), StringComparison.Ordinal);

        // Editing an existing membership the same way is refused too, and the saved period stays.
        var edit = await admin.MemberEditPathAsync(members, "Per Holm");
        var editRefused = await admin.SubmitFormAsync(edit, [("Input.To", "2000-01-01")]);
        Assert.Equal("Till och med får inte vara före startdatumet.", (await editRefused.ReadDocumentAsync()).QuerySelector("#to-error")?.TextContent.Trim());
        var ending = await admin.SubmitFormAsync(edit, [("EndOn", "2000-01-01")], handler: "End");
        Assert.Equal(["Sista dag får inte vara före startdatumet."], (await ending.ReadDocumentAsync()).ErrorMessages());
        using var visitor = app.CreatePortalClient();
        var (_, organisation) = await visitor.GetPageAsync("/organisation");
        Assert.Contains("Per Holm", organisation.ForumSection("samverkansrad").TextContent, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Members_SecondOfTwoConcurrentEditsGetsConflict()
    {
        await using var app = await PortalApp.StartAsync();
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var edit = await first.MemberEditPathAsync(await first.MembersPathAsync(Samverkansrad), "Per Holm");
        var (_, firstForm) = await first.GetPageAsync(edit);
        var (_, secondForm) = await second.GetPageAsync(edit);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(firstForm, [("Input.Organisation", "Region Östergötland, hälso- och sjukvård")])).StatusCode);
        var conflict = await second.SubmitFormAsync(secondForm, [("Input.Organisation", "Annan organisation")]);

        Assert.Equal(["Någon annan har sparat uppdraget under tiden. Ladda om sidan och gör ändringen igen."], (await conflict.ReadDocumentAsync()).ErrorMessages());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Organisation_ListsCurrentMembersWithNameRoleOrganisationAndParty()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var (_, organisation) = await visitor.GetPageAsync("/organisation");

        var members = organisation.ForumSection("trygghetsradet").QuerySelectorAll("ul.members li").Select(li => li.Normalized()).ToList();
        Assert.Equal("Lena Ström, ledamot, ordförande och sammankallande, Kommunstyrelsen (M)", members[0]);
        Assert.Contains("Mats Polisson, adjungerad, Polismyndigheten", members);
        // Gunnar Åberg's membership ended in 2024: history, not the current composition.
        Assert.DoesNotContain(members, m => m.Contains("Gunnar Åberg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForumWarnings_ShowTooFewMembersAndMissingChair_AndGoWhenFixed()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var members = await admin.MembersPathAsync("Trygghetsrådet");
        var forum = members[..^"/members".Length];

        var warnings = await admin.WarningsAsync(forum);
        Assert.Contains("För få ledamöter: 8 av 9 enligt sammansättningen.", warnings);
        Assert.DoesNotContain("Ingen ordförande är utsedd.", warnings);

        await admin.SubmitFormAsync(members + "/new", [("Input.PersonName", "Nionde Ledamot"), ("Input.Kind", "Ledamot"), ("Input.Organisation", "Kommunstyrelsen")]);
        var chair = await admin.MemberEditPathAsync(members, "Lena Ström");
        var end = app.Today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(members, (await admin.SubmitFormAsync(chair, [("EndOn", end)], handler: "End")).RedirectPath());

        warnings = await admin.WarningsAsync(forum);
        Assert.Contains("För få ledamöter: 8 av 9 enligt sammansättningen.", warnings);
        Assert.Contains("Ingen ordförande är utsedd.", warnings);
        var (_, list) = await admin.GetPageAsync("/admin/forums");
        var row = list.QuerySelectorAll("main tbody tr").Single(tr => tr.QuerySelector("a")?.TextContent.Trim() == "Trygghetsrådet");
        Assert.Contains("Ingen ordförande är utsedd.", row.TextContent, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Members_RedaktorIsDeniedAndAnonymousIsSentToSignIn()
    {
        await using var app = await PortalApp.StartAsync();
        string members;
        using (var admin = await app.CreateAdminClientAsync())
        {
            members = await admin.MembersPathAsync(Samverkansrad);
            await admin.CreateUserAsync("redaktor@example.se", "Rita Redaktör", "Redaktör");
        }

        using var redaktor = await app.CreateSignedInClientAsync("redaktor@example.se");
        using var visitor = app.CreatePortalClient();
        foreach (var path in new[] { members, members + "/new" })
        {
            Assert.Equal(AccessDeniedPath, (await redaktor.GetAsync(path)).RedirectPath());
            Assert.Equal(SignInPath, (await visitor.GetAsync(path)).RedirectPath());
        }
    }
}
