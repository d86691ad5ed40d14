using System.Net;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>Members of a responsible body report on their own body's measures only; those who manage the plan report on all.</summary>
public sealed class ReportingScopeTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Reporter_ReportsOnOwnBodysMeasure_IsDeniedAnotherBodys_AndSeesOnlyOwnInMyMeasures(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        // The demo makes karin.sjo@example.se (Forumledamot) a reporter for Kommunledningsförvaltningen.
        using var karin = await SignInDemoUserAsync(app, admin, "karin.sjo@example.se");
        var own = await admin.MeasurePathAsync("Trygghetsmätning och uppföljning med polisen"); // Kommunledningsförvaltningen
        var other = await admin.MeasurePathAsync("Grannsamverkan mot brott");                // Polisen

        var (_, mine) = await karin.GetPageAsync("/admin/my-measures");
        var listed = mine.QuerySelectorAll("main tbody tr a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Trygghetsmätning och uppföljning med polisen", listed);
        Assert.DoesNotContain("Grannsamverkan mot brott", listed);
        Assert.Equal(7, listed.Count);

        Assert.Equal(AccessDeniedPath, (await karin.GetAsync(other + "/report")).RedirectPath());
        var reported = await karin.SubmitWithSelectsAsync(own + "/report", [("Input.Progress", "70"), ("Input.Text", "Analysen är klar.")]);
        Assert.Equal("/admin/my-measures", reported.RedirectPath());
        // Posting to another body's measure is refused as well, not only the form.
        var (_, ownForm) = await karin.GetPageAsync(own + "/report");
        var token = ownForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await karin.Http.PostAsync(other + "/report", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Text", "Förfalskad"), new("Input.Progress", "99")]), TestContext.Current.CancellationToken);
        Assert.Equal(AccessDeniedPath, forged.RedirectPath());

        // Nor may a reporter edit the measure itself.
        Assert.Equal(AccessDeniedPath, (await karin.GetAsync(own)).RedirectPath());
        using var visitor = app.CreatePortalClient();
        var (_, page) = await visitor.GetPageAsync("/atgardsplan/trygghetsmatning");
        Assert.Equal("70 % genomfört", page.HeadlineProgress());
        var (_, polis) = await visitor.GetPageAsync("/atgardsplan/grannsamverkan");
        Assert.Equal("35 % genomfört", polis.HeadlineProgress());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ForumMemberWhoReportsForNoBody_MayReportOnNothing()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("ny.ledamot@example.se", "Ny Ledamot", "Forumledamot");
        using var member = await app.CreateSignedInClientAsync("ny.ledamot@example.se");
        var measure = await admin.MeasurePathAsync("Trygghetsmätning och uppföljning med polisen");

        Assert.Equal(AccessDeniedPath, (await member.GetAsync(measure + "/report")).RedirectPath());
        var (response, mine) = await member.GetPageAsync("/admin/my-measures");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(mine.QuerySelectorAll("main tbody tr"));
    }

    private static async Task<PortalClient> SignInDemoUserAsync(PortalApp app, PortalClient admin, string email)
    {
        var (_, users) = await admin.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(email));
        var edit = users.QuerySelectorAll("main tbody a").First().GetAttribute("href")!;
        var set = await admin.SubmitFormAsync(edit, [("NewPassword", UserPassword)], handler: "SetPassword");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        return await app.CreateSignedInClientAsync(email);
    }
}
