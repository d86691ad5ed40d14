using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>An invitation to an address that already has an account: no second account and no dead end. The link
/// offers sign-in with the existing account, comes back to itself, and joins the space for the invitation's
/// organisation; the link is then used up. Someone signed in as another account cannot take the invitation.</summary>
public sealed class ExistingAccountInvitationTests
{
    private const string Email = "befintlig@example.se";

    [Fact]
    public async Task ExistingAccount_SignsInFromTheLink_JoinsTheSpace_AndTheLinkIsThenUsed()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.CreateUserAsync(Email, "Befintlig Person", "Redaktör");
        await admin.CreateUserAsync("annan.person@example.se", "Annan Person", "Redaktör");
        using var person = await site.SignedInAsync(Email, PortalHttp.UserPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync(PartnersHttp.Space)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.InviteAsync(Email, "Befintlig Person", role: "Lasare")).StatusCode);
        var link = site.Mail.LinkTo(Email);

        // Not signed in: the page offers the existing account's sign-in, not a password for a new account.
        using var browser = site.Client();
        var (page, document) = await browser.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Det finns redan ett konto med e-postadressen befintlig@example.se", document.QuerySelector("main .existing-account")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("main input[name='Password']"));
        var signInLink = document.QuerySelectorAll("main a").Single(a => a.TextContent.Contains("Logga in för att ta emot inbjudan", StringComparison.Ordinal)).GetAttribute("href")!;

        // Someone else's session does not take the invitation.
        using var other = await site.SignedInAsync("annan.person@example.se", PortalHttp.UserPassword);
        var (_, asOther) = await other.GetPageAsync(link);
        Assert.Null(asOther.QuerySelector("main form.join-invitation"));

        var signedIn = await browser.SubmitFormAsync(signInLink, [("Input.Email", Email), ("Input.Password", PortalHttp.UserPassword)]);
        // The password is right; the account has TOTP (set up at its earlier sign-in), so the code comes next, and then
        // the link again.
        Assert.Equal(PortalClient.SecondStepPath, signedIn.RedirectPath());
        var code = await browser.SubmitFormAsync(signedIn.Headers.Location!.OriginalString, [("Code", await site.App.Authenticator.NextCodeAsync(Email))]);
        Assert.Equal(link, code.Headers.Location!.OriginalString);
        var joined = await browser.SubmitFormAsync(link, [], "main form.join-invitation");
        Assert.Equal("/samverkan", joined.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(PartnersHttp.Space)).StatusCode);
        Assert.Single(await browser.DocumentLinksAsync());

        var (_, used) = await browser.GetPageAsync(link);
        Assert.NotNull(used.QuerySelector("main .invitation-refused"));
        var (_, audit) = await admin.GetPageAsync("/admin/audit");
        var rows = audit.QuerySelectorAll("main table.audit tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("accepterade inbjudan till Samverkansrådet med befintligt konto", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("blev Läsare i Samverkansrådet genom inbjudan", StringComparison.Ordinal));
        site.App.AssertNoErrorsLogged();
    }
}
