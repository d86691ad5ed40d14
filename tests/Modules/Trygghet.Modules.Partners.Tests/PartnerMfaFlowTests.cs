using System.Net;
using OtpNet;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>The whole partner flow with the MFA policy on for Partner (as in production): an invited partner
/// opens the link, accepts and chooses a password, is sent to TOTP enrolment before the space opens, then signs in
/// with password and a code, reads the space and downloads a document; a replayed code is refused; an outsider and a
/// partner of another forum's space get 404 for the same URLs even with their own second factor. Codes are computed
/// from the key the enrolment page shows. The real clock is used: the enrolment takes the current step's code and
/// the sign-in the next step's (accepted: one step either side), so nothing waits 30 seconds.</summary>
public sealed class PartnerMfaFlowTests
{
    private const string EnrolPath = "/konto/tvastegsverifiering";
    private const string SecondStepPath = "/konto/logga-in/tvastegs";
    private const string Email = "karin.berg@example.se";

    [Fact]
    public async Task InvitedPartner_EnrolsTotp_SignsInWithPasswordAndCode_ReadsAndDownloads_OthersGet404_AReplayedCodeIsRefused()
    {
        await using var site = await PartnersSite.StartAsync(new Dictionary<string, string?>
        {
            ["Modules:Identity:Mfa:Required"] = "true",
            // Partner only, so the administrator of the test can invite with a password.
            ["Modules:Identity:Mfa:RequiredRoles:0"] = "Partner",
        });
        using var admin = await site.AdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.InviteAsync(Email, "Karin Berg")).StatusCode);
        var link = site.Mail.LinkTo(Email);

        // Accept, choose a password, sign in: the space does not open before a second factor is set up.
        using var first = site.Client();
        Assert.Equal(PortalHttp.SignInPath, (await first.AcceptAsync(link)).RedirectPath());
        var signedIn = await first.SubmitFormAsync(PortalHttp.SignInPath + "?ReturnUrl=%2Fsamverkan", [("Input.Email", Email), ("Input.Password", PartnersHttp.Password)]);
        // The password is right: the portal goes straight on to the TOTP set-up, and back to the space after it.
        Assert.Equal(EnrolPath, signedIn.RedirectPath());
        Assert.Equal("/samverkan", signedIn.ReturnUrl());
        foreach (var url in new[] { "/samverkan", PartnersHttp.Space })
        {
            var refused = await first.GetAsync(url);
            Assert.Equal(EnrolPath, refused.RedirectPath());
            Assert.Equal(url, refused.ReturnUrl());
        }

        var key = await EnrolAsync(first, "/samverkan", site.App.Clock);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(PartnersHttp.Space)).StatusCode);

        // The next sign-in: password, then a code.
        using var partner = site.Client();
        var code = Code(key, site.App.Clock.GetUtcNow().AddSeconds(30));
        Assert.Equal(SecondStepPath, (await PasswordAsync(partner)).RedirectPath());
        Assert.Equal(HttpStatusCode.Redirect, (await partner.SubmitFormAsync(SecondStepPath + "?ReturnUrl=%2Fsamverkan", [("Code", code)])).StatusCode);
        var (_, overview) = await partner.GetPageAsync("/samverkan");
        Assert.Equal([PartnersHttp.Space], overview.QuerySelectorAll("main ul.spaces a").Select(a => a.GetAttribute("href")));
        var (spaceResponse, space) = await partner.GetPageAsync(PartnersHttp.Space);
        Assert.Equal(HttpStatusCode.OK, spaceResponse.StatusCode);
        Assert.Contains("Samverkansrådet", space.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
        var document = Assert.Single(await partner.DocumentLinksAsync());
        var download = await partner.GetAsync(document);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("lagesbild-2026-samverkan.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var thread = (await partner.ThreadLinksAsync()).First();

        // The same code once more, from another browser: refused, and no way in.
        using var replay = site.Client();
        Assert.Equal(SecondStepPath, (await PasswordAsync(replay)).RedirectPath());
        var replayed = await replay.SubmitFormAsync(SecondStepPath + "?ReturnUrl=%2Fsamverkan", [("Code", code)]);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("Koden stämmer inte eller har redan använts.", (await replayed.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(PortalHttp.SignInPath, (await replay.GetAsync(PartnersHttp.Space)).RedirectPath(), StringComparison.Ordinal);

        // An outsider (a partner of no space) and a partner of another forum's space, each with a second factor:
        // the space's URLs answer 404; staff outside the policy's roles too; anonymous visitors are sent to sign in.
        await admin.CreateUserAsync("utanfor@example.se", "Utanför", "Partner");
        await admin.CreateUserAsync("annat.forum@example.se", "Annat Forum", "Partner");
        await admin.CreateUserAsync("redaktor@example.se", "Redaktör Utan Yta", "Redaktör");
        await SpaceAccessTests.OtherSpaceWithMemberAsync(site, "annat.forum@example.se");
        string[] urls = [PartnersHttp.Space, document, thread, PartnersHttp.Space + "/trad/ny", PartnersHttp.Space + "/aterrapporter/ny"];
        foreach (var email in new[] { "utanfor@example.se", "annat.forum@example.se" })
        {
            // The shared sign-in sets up their TOTP as a person would.
            using var other = await site.SignedInAsync(email, PortalHttp.UserPassword);
            foreach (var url in urls)
            {
                Assert.True((await other.GetAsync(url)).StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{email} reached {url}");
            }
        }

        using var editor = await site.SignedInAsync("redaktor@example.se", PortalHttp.UserPassword);
        using var anonymous = site.Client();
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
            Assert.Equal(PortalHttp.SignInPath, (await anonymous.GetAsync(url)).RedirectPath());
        }

        var (_, audit) = await admin.GetPageAsync("/admin/audit");
        var rows = audit.QuerySelectorAll("main table.audit tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Inloggad (lösenord och TOTP)", StringComparison.Ordinal) && r.Contains(Email, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Andra steget nekades (TOTP)", StringComparison.Ordinal) && r.Contains(Email, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("laddade ner dokument ur Samverkansrådet", StringComparison.Ordinal) && r.Contains(Email, StringComparison.Ordinal));
        site.App.AssertNoErrorsLogged();
    }

    private static Task<HttpResponseMessage> PasswordAsync(PortalClient client) =>
        client.SubmitFormAsync(PortalHttp.SignInPath + "?ReturnUrl=%2Fsamverkan", [("Input.Email", Email), ("Input.Password", PartnersHttp.Password)]);

    /// <summary>Sets up TOTP on the enrolment page with the current code; returns the key it showed.</summary>
    private static async Task<string> EnrolAsync(PortalClient client, string returnUrl, TimeProvider clock)
    {
        var (page, document) = await client.GetPageAsync(EnrolPath + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var key = document.QuerySelector(".totp-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var enrolled = await client.SubmitFormAsync(document, [("Input.Code", Code(key, clock.GetUtcNow()))]);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(10, (await enrolled.ReadDocumentAsync()).QuerySelectorAll(".recovery-codes code").Length);
        return key;
    }

    private static string Code(string key, DateTimeOffset at) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(at.UtcDateTime);
}
