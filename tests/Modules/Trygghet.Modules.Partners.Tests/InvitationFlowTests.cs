using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.Partners.Data;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>The issue's "done when", as far as it is this module's: an invited partner accepts, sets a password,
/// signs in through the normal sign-in page, reads the space and downloads a document; every link that no
/// longer works is refused with the same clear message and the refusal is audited.</summary>
public sealed class InvitationFlowTests
{
    private const string NotValid = "Länken gäller inte. Den kan ha gått ut, ha dragits tillbaka, ha ersatts av en ny inbjudan eller redan ha använts. Be den som bjöd in dig om en ny inbjudan.";

    /// <summary>Issue 17, point 8: an invitation goes to an address that looks like another when it holds a bidi
    /// or zero-width character; refused by name, one at a time and in a CSV list, and no mail is sent.</summary>
    [Fact]
    public async Task Invitation_ToAnAddressWithHiddenCharacters_IsRefusedNamingTheField()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();

        var single = await admin.InviteAsync("lena.ek\u200B@example.se", "Lena Ek");
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Equal("E-postadress: får inte innehålla osynliga tecken eller tecken som vänder textriktningen.",
            (await single.ReadDocumentAsync()).QuerySelector("#email-error")?.TextContent.Trim());
        var list = await admin.UploadCsvAsync("email,name,organisation\nlena.ek@exa\u202Emple.se,Lena Ek,Region Östergötland\n");
        Assert.Contains((await list.ReadDocumentAsync()).ErrorMessages(), m => m.Contains("Rad 2: e-postadressen \"lena.ek@example.se\" får inte innehålla osynliga tecken", StringComparison.Ordinal));
        Assert.Empty(site.Mail.Sent);
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task InvitedPartner_AcceptsSignsInReadsTheSpaceAndDownloadsADocument_AndTheLinkThenIsDead()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.InviteAsync("lena.ek@example.se", "Lena Ek")).StatusCode);
        var message = Assert.Single(site.Mail.Sent);
        Assert.Equal("Inbjudan till Samverkansrådet", message.Subject);
        Assert.Contains("företräda Region Östergötland i Samverkansrådet", message.TextBody, StringComparison.Ordinal);
        var link = site.Mail.LinkTo("lena.ek@example.se");

        using var lena = site.Client();
        var (form, page) = await lena.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        // The site-wide Referrer-Policy (strict-origin-when-cross-origin) never sends the path, so the token, elsewhere.
        Assert.Equal("strict-origin-when-cross-origin", form.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("lena.ek@example.se", page.QuerySelector("#email")!.GetAttribute("value"));
        var accepted = await lena.AcceptAsync(link);
        Assert.Equal("/konto/logga-in", accepted.RedirectPath());

        await lena.SignInAsync("lena.ek@example.se", PartnersHttp.Password);
        var (_, overview) = await lena.GetPageAsync("/samverkan");
        Assert.Equal([PartnersHttp.Space], overview.QuerySelectorAll("main ul.spaces a").Select(a => a.GetAttribute("href")));
        var (_, space) = await lena.GetPageAsync(PartnersHttp.Space);
        var agenda = space.QuerySelectorAll("main article.meeting ol.agenda li").Select(li => li.TextContent).ToList();
        Assert.Contains(agenda, item => item.StartsWith("Aktuell lägesbild", StringComparison.Ordinal));
        // The samverkansråd's Sekretess item and Trygghetsrådet's internal items are never shown here.
        Assert.DoesNotContain("Polisens operativa läge", space.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Förberedelse inför samverkansrådet", space.Source.Text, StringComparison.Ordinal);
        var documents = await lena.DocumentLinksAsync();
        var download = await lena.GetAsync(Assert.Single(documents));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("lagesbild-2026-samverkan.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("%PDF-", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var reuser = site.Client();
        var (_, reused) = await reuser.GetPageAsync(link);
        Assert.Equal(NotValid, reused.QuerySelector("main .invitation-refused")?.TextContent.Trim());
        Assert.Null(reused.QuerySelector("main form"));

        var (_, audit) = await admin.GetPageAsync("/admin/audit");
        var rows = audit.QuerySelectorAll("main table.audit tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("bjöd in lena.ek@example.se till Samverkansrådet som Deltagare", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("accepterade inbjudan till Samverkansrådet", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("laddade ner dokument ur Samverkansrådet som Deltagare", StringComparison.Ordinal) && r.Contains("lena.ek@example.se", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("nekades: inbjudningslänken är redan använd", StringComparison.Ordinal) && r.Contains("Nekades", StringComparison.Ordinal));
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task RevokedResentAndExpiredLinks_AreRefusedWithTheSameMessage_AndAResentLinkWorks()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.InviteAsync("revoked@example.se", "Återkallad Person");
        await admin.InviteAsync("resent@example.se", "Ny Länk");
        await admin.InviteAsync("expired@example.se", "Gammal Länk");
        var revokedLink = site.Mail.LinkTo("revoked@example.se");
        var firstLink = site.Mail.LinkTo("resent@example.se");
        var expiredLink = site.Mail.LinkTo("expired@example.se");

        var (_, list) = await admin.GetPageAsync("/admin/inbjudningar");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(list, [], $"main tbody tr:nth-child({Row(list, "revoked@example.se")}) form", handler: "Revoke")).StatusCode);
        (_, list) = await admin.GetPageAsync("/admin/inbjudningar");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(list, [], $"main tbody tr:nth-child({Row(list, "resent@example.se")}) form", handler: "Resend")).StatusCode);
        var secondLink = site.Mail.LinkTo("resent@example.se");
        Assert.NotEqual(firstLink, secondLink);
        await using (var scope = site.Host.Services.CreateAsyncScope())
        {
            // The invitation's expiry is set in the past by the portal's own clock.
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            await db.Invitations.Where(i => i.Email == "expired@example.se")
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresUtc, site.App.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1)), TestContext.Current.CancellationToken);
        }

        using var visitor = site.Client();
        foreach (var dead in new[] { revokedLink, firstLink, expiredLink, "/samverkan/inbjudan/" + new string('A', 43), "/samverkan/inbjudan/kort" })
        {
            var (response, page) = await visitor.GetPageAsync(dead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(NotValid, page.QuerySelector("main .invitation-refused")?.TextContent.Trim());
            Assert.Null(page.QuerySelector("main form"));
        }

        // A POST to a dead link creates nothing either.
        var (_, live) = await visitor.GetPageAsync(secondLink);
        var token = live.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var posted = await visitor.Http.PostAsync(firstLink, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Password", PartnersHttp.Password), new("ConfirmPassword", PartnersHttp.Password)]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var nobody = site.Client();
        var refusedSignIn = await nobody.SubmitFormAsync("/konto/logga-in", [("Input.Email", "resent@example.se"), ("Input.Password", PartnersHttp.Password)]);
        Assert.Equal(HttpStatusCode.OK, refusedSignIn.StatusCode);

        Assert.Equal("/konto/logga-in", (await visitor.AcceptAsync(secondLink)).RedirectPath());
        (_, list) = await admin.GetPageAsync("/admin/inbjudningar");
        string Status(string email) => list.QuerySelectorAll("main table tbody tr").Single(tr => tr.TextContent.Contains(email, StringComparison.Ordinal)).QuerySelector("td.status")!.TextContent.Trim();
        Assert.Equal(["Återkallad", "Accepterad", "Har gått ut"], [Status("revoked@example.se"), Status("resent@example.se"), Status("expired@example.se")]);
        var (_, audit) = await admin.GetPageAsync("/admin/audit?kategori=invitation");
        var text = audit.QuerySelector("main table")!.TextContent;
        Assert.Contains("återkallade inbjudan till revoked@example.se", text, StringComparison.Ordinal);
        Assert.Contains("skickade inbjudan igen till resent@example.se (gång 2)", text, StringComparison.Ordinal);
        Assert.Contains("nekades: inbjudningslänken är återkallad", text, StringComparison.Ordinal);
        Assert.Contains("nekades: inbjudningslänken har gått ut", text, StringComparison.Ordinal);
        Assert.Contains("nekades: okänd inbjudningslänk", text, StringComparison.Ordinal);
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Acceptance_WithAWeakOrMismatchedPassword_IsRefusedNamingTheField_AndCreatesNothing()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.InviteAsync("svag@example.se", "Svag Lösen");
        var link = site.Mail.LinkTo("svag@example.se");
        using var invitee = site.Client();

        var mismatch = await invitee.SubmitFormAsync(link, [("Password", PartnersHttp.Password), ("ConfirmPassword", "något annat helt och hållet")]);
        Assert.Equal("Upprepa lösenordet: lösenorden är inte lika.", (await mismatch.ReadDocumentAsync()).QuerySelector("#confirm-error")?.TextContent.Trim());
        var weak = await invitee.AcceptAsync(link, "kort");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await weak.ReadDocumentAsync()).QuerySelector("#password-error")?.TextContent));

        // Still pending: the link works once the password is good.
        Assert.Equal("/konto/logga-in", (await invitee.AcceptAsync(link)).RedirectPath());
        site.App.AssertNoErrorsLogged();
    }

    private static int Row(AngleSharp.Dom.IDocument list, string email) =>
        list.QuerySelectorAll("main table tbody tr").Select((tr, i) => (tr, i)).Single(x => x.tr.TextContent.Contains(email, StringComparison.Ordinal)).i + 1;
}
