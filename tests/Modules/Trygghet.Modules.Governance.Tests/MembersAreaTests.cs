using System.Net;
using System.Text.Json;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>The members' area: a forum's members read its full material through the account linked to their
/// membership; members of another forum, and people whose membership has ended, do not.</summary>
public sealed class MembersAreaTests
{
    private const string InternTitle = "Förberedelse inför samverkansrådet";
    private const string SecretTitle = "Riskbedömning inför större evenemang";

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task MemberOfOneForum_ReadsItsInternalMaterial_ButCannotOpenAnotherForumsMeeting(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("ledamot.a@example.se", "Ledamot A", "Forumledamot");
        await admin.CreateUserAsync("ledamot.b@example.se", "Ledamot B", "Forumledamot");
        await admin.JoinAsync("Trygghetsrådet", "Ledamot A", "ledamot.a@example.se");
        await admin.JoinAsync("Samverkansråd", "Ledamot B", "ledamot.b@example.se");
        using var a = await app.CreateSignedInClientAsync("ledamot.a@example.se");
        using var b = await app.CreateSignedInClientAsync("ledamot.b@example.se");
        var meeting = "/admin/mina-forum/sammantraden/" + await HeldTrygghetsradetMeetingAsync(admin);

        var (_, mine) = await a.GetPageAsync("/admin/mina-forum");
        Assert.Equal(["Trygghetsrådet"], mine.QuerySelectorAll("main section h2").Select(h => h.TextContent.Trim()));
        Assert.Contains(mine.QuerySelectorAll("main a[href]"), l => l.GetAttribute("href") == meeting);
        var (response, material) = await a.GetPageAsync(meeting);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = material.QuerySelectorAll("main ol.agenda h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(titles, t => t.StartsWith(InternTitle, StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith(SecretTitle, StringComparison.Ordinal));

        var other = await b.GetAsync(meeting);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var body = await other.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(InternTitle, body, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretTitle, body, StringComparison.Ordinal);
        var (_, theirs) = await b.GetPageAsync("/admin/mina-forum");
        Assert.Equal(["Samverkansråd"], theirs.QuerySelectorAll("main section h2").Select(h => h.TextContent.Trim()));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task CoOptedMember_ReadsInternButNotSekretess_AndAnEndedMembershipOpensNothing()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("adjungerad@example.se", "Adjungerad", "Forumledamot");
        await admin.CreateUserAsync("avgangen@example.se", "Avgången", "Forumledamot");
        await admin.JoinAsync("Trygghetsrådet", "Adjungerad", "adjungerad@example.se", kind: "Adjungerad");
        await admin.JoinAsync("Trygghetsrådet", "Avgången", "avgangen@example.se", to: "2021-12-31");
        using var coOpted = await app.CreateSignedInClientAsync("adjungerad@example.se");
        using var former = await app.CreateSignedInClientAsync("avgangen@example.se");
        var meeting = "/admin/mina-forum/sammantraden/" + await HeldTrygghetsradetMeetingAsync(admin);

        var (_, material) = await coOpted.GetPageAsync(meeting);
        var text = material.QuerySelector("main")!.TextContent;
        Assert.Contains(InternTitle, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretTitle, text, StringComparison.Ordinal);
        Assert.Contains("Ärende enligt sekretess. Som adjungerad har du inte tillgång till det.", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await former.GetAsync(meeting)).StatusCode);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Membership_WithAnUnknownAccount_IsRefusedNamingTheField_AndNothingIsSaved()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var members = await admin.MembersPathAsync("Trygghetsrådet");
        var (_, before) = await admin.GetPageAsync(members);

        var refused = await admin.SubmitFormAsync(members + "/new",
            [("Input.PersonName", "Okänd Person"), ("Input.Kind", "Ledamot"), ("Input.From", "2026-01-01"), ("Input.AccountEmail", "finns.inte@example.se")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Konto för inloggning \"finns.inte@example.se\" är inget aktivt konto."], (await refused.ReadDocumentAsync()).ErrorMessages());
        var (_, after) = await admin.GetPageAsync(members);
        Assert.Equal(before.QuerySelectorAll("main tbody tr").Length, after.QuerySelectorAll("main tbody tr").Length);
        app.AssertNoErrorsLogged();
    }

    /// <summary>A held Trygghetsrådet meeting of the demo, whose agenda has Intern and Sekretess items.</summary>
    private static async Task<string> HeldTrygghetsradetMeetingAsync(PortalClient admin)
    {
        using var decisions = JsonDocument.Parse(await admin.Http.GetStringAsync("/api/v1/beslut"));
        return decisions.RootElement.EnumerateArray().First(d => d.GetProperty("forum").GetString() == "trygghetsradet").GetProperty("sammantrade").GetString()!;
    }
}

internal static class MemberAccountsHttp
{
    /// <summary>Makes <paramref name="email"/>'s account a member of <paramref name="forum"/> through the membership form.</summary>
    public static async Task JoinAsync(this PortalClient admin, string forum, string name, string email, string kind = "Ledamot", string to = "")
    {
        var joined = await admin.SubmitFormAsync(await admin.MembersPathAsync(forum) + "/new",
            [("Input.PersonName", name), ("Input.Kind", kind), ("Input.From", "2020-01-01"), ("Input.To", to), ("Input.AccountEmail", email)]);
        Assert.True(joined.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await joined.ReadDocumentAsync()).ErrorMessages()));
    }
}
