using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>Organisations (optimistic concurrency, validation naming the field) and CSV invitations (all or nothing,
/// problems with line numbers).</summary>
public sealed class AdminTests
{
    [Fact]
    public async Task CsvWithABadEmailOnLine7_InvitesNobodyAndSaysWhichLine_ACorrectedListInvitesEveryone()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        var lines = new List<string> { "email,name,organisation" };
        for (var i = 1; i <= 5; i++)
        {
            lines.Add($"person{i}@example.se,Person {i},Linköpings universitet");
        }

        lines.Add("person6.example.se,Person 6,Region Östergötland");
        lines.Add("\"person7@example.se\",\"Sju, Person\",Polisen");

        var refused = await admin.UploadCsvAsync(string.Join("\r\n", lines));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(
            ["CSV-fil: Rad 7: e-postadressen \"person6.example.se\" är inte giltig.",
             "CSV-fil: Rad 8: organisationen \"Polisen\" finns inte; lägg till den under Partnerorganisationer först."],
            (await refused.ReadDocumentAsync()).QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        Assert.Empty(site.Mail.Sent);
        var (_, none) = await admin.GetPageAsync("/admin/inbjudningar");
        Assert.Empty(none.QuerySelectorAll("main table.invitations tbody tr"));

        lines[6] = "person6@example.se,Person 6,Region Östergötland";
        lines[7] = "\"person7@example.se\",\"Sju, Person\",\"Polisen, lokalpolisområde Linköping\"";
        Assert.Equal("/admin/inbjudningar", (await admin.UploadCsvAsync(string.Join("\n", lines))).RedirectPath());
        Assert.Equal(7, site.Mail.Sent.Count);
        Assert.Contains("Hej Sju, Person!", site.Mail.Sent.Single(m => m.To == "person7@example.se").TextBody, StringComparison.Ordinal);
        var (_, list) = await admin.GetPageAsync("/admin/inbjudningar");
        Assert.Equal(7, list.QuerySelectorAll("main table.invitations tbody tr").Length);

        // The same list again: everyone already has a pending invitation.
        var again = await admin.UploadCsvAsync(string.Join("\n", lines));
        Assert.Equal(7, (await again.ReadDocumentAsync()).QuerySelectorAll(".error-summary li").Length);
        site.App.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Organisation_SecondOfTwoConcurrentEditsGetsAConflict_AndBadInputNamesTheField()
    {
        await using var site = await PartnersSite.StartAsync();
        using var first = await site.AdminAsync();
        using var second = await site.AdminAsync();
        var created = await first.SubmitFormAsync("/admin/partners/new", [("Input.Name", "Trossamfundet i Linköping"), ("Input.Kind", "Trossamfund"), ("Input.ContactEmail", "inte-en-adress")]);
        Assert.Equal("Kontaktens e-postadress är ingen giltig e-postadress.", (await created.ReadDocumentAsync()).QuerySelector("#email-error")?.TextContent.Trim());
        Assert.Equal("/admin/partners", (await first.SubmitFormAsync("/admin/partners/new", [("Input.Name", "Trossamfundet i Linköping"), ("Input.Kind", "Trossamfund")])).RedirectPath());
        var duplicate = await first.SubmitFormAsync("/admin/partners/new", [("Input.Name", "Trossamfundet i Linköping"), ("Input.Kind", "Trossamfund")]);
        Assert.Equal("Namn: det finns redan en organisation som heter Trossamfundet i Linköping.", (await duplicate.ReadDocumentAsync()).QuerySelector("#name-error")?.TextContent.Trim());

        var (_, list) = await first.GetPageAsync("/admin/partners");
        var edit = list.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == "Trossamfundet i Linköping").GetAttribute("href")!;
        var (_, firstForm) = await first.GetPageAsync(edit);
        var (_, secondForm) = await second.GetPageAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(firstForm, [("Input.Kind", "Trossamfund"), ("Input.ContactName", "Första")])).StatusCode);
        var conflict = await second.SubmitFormAsync(secondForm, [("Input.Kind", "Trossamfund"), ("Input.ContactName", "Andra")]);
        Assert.Equal(["Någon annan har sparat organisationen under tiden. Ladda om sidan och gör ändringen igen."], (await conflict.ReadDocumentAsync()).ErrorMessages());
        var (_, saved) = await first.GetPageAsync(edit);
        Assert.Equal("Första", saved.QuerySelector("#Input_ContactName")?.GetAttribute("value"));
        site.App.AssertNoErrorsLogged();
    }
}
