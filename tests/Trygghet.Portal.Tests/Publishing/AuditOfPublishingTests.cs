using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Publishing;

/// <summary>Every publish, withdrawal and decision leaves exactly one audit row, whichever module and page did it:
/// the audit trail handles the publication events, no page records them itself. Before, a medborgarlöfte follow-up, a
/// measure report and a kallelse were published without any row.</summary>
public sealed class AuditOfPublishingTests
{
    private const string Publishing = "publishing";
    private const string Decision = "decision";

    [Fact]
    public async Task EveryPublishPath_LeavesExactlyOneAuditRow()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();

        var news = await CreateNewsAsync(admin, "Publiceringstest");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(news, [], "form#publish-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(news, [], "form#archive-form")).StatusCode);
        await PublishFollowUpAsync(admin, "Uppföljning för granskningsloggen");
        await admin.ReportProgressAsync(await admin.MeasurePathAsync("Bättre belysning i parker och gångstråk"), 61, "Rapport för granskningsloggen.");
        var kallelse = await CreateMeetingAsync(admin, PortalApp.DemoDay.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Planerat");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(kallelse, [], handler: "Publish")).StatusCode);
        await AdjustProtocolAsync(admin);

        var rows = await AuditCsvAsync(admin);
        AssertOne(rows, Publishing, "published", "publiceringstest");
        AssertOne(rows, Publishing, "archived", "publiceringstest");
        AssertOne(rows, Publishing, "publicerade", "Uppföljning för granskningsloggen");
        AssertOne(rows, Publishing, "rapporterade framsteg på åtgärden", "belysning-innerstaden");
        AssertOne(rows, Publishing, "publicerade kallelsen", kallelse["/admin/meetings/".Length..]);
        AssertOne(rows, Decision, "förklarade paragrafen omedelbart justerad", "§ ");
        AssertOne(rows, Decision, "registrerade protokollet som justerat", "2026-11-30");
        app.AssertNoErrorsLogged();
    }

    private static void AssertOne(List<string[]> rows, string category, string action, string subject)
    {
        var matching = rows.Count(r => r[1] == category && r[2] == PortalApp.AdminEmail && r[3].StartsWith(action, StringComparison.Ordinal) && r[4].Contains(subject, StringComparison.Ordinal));
        Assert.True(matching == 1, $"{matching} audit rows by the administrator for {category} \"{action}\" of \"{subject}\"; expected exactly one.");
    }

    private static async Task<string> CreateNewsAsync(PortalClient admin, string title)
    {
        var created = await admin.SubmitFormAsync("/admin/innehall/new?kind=Nyhet",
            [("Input.Kind", "Nyhet"), ("Input.Title", title), ("Input.Slug", title.ToLowerInvariant()), ("Input.Lead", "En ingress."), ("Input.Body", "Brödtext.")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.RedirectPath();
    }

    /// <summary>A follow-up of the demo's first published promise, written as a draft and published by the editor.</summary>
    private static async Task PublishFollowUpAsync(PortalClient admin, string title)
    {
        var (_, sets) = await admin.GetPageAsync("/admin/medborgarloften");
        var set = sets.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith("/admin/medborgarloften/", StringComparison.Ordinal));
        var (_, setPage) = await admin.GetPageAsync(set);
        var promise = setPage.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/loften/", StringComparison.Ordinal));
        var created = await admin.SubmitFormAsync(promise + "/uppfoljningar/new", [("Input.Date", "2026-11-20"), ("Input.Title", title), ("Input.Text", "Vad som hände.")]);
        var id = created.RedirectPath().Split('/')[^1];
        var (_, drafts) = await admin.GetPageAsync("/admin/medborgarloften/publicera");
        Assert.Equal("/admin/medborgarloften/publicera", (await admin.SubmitFormAsync(drafts, [], formSelector: $"main form[data-id='{id}']")).RedirectPath());
    }

    private static async Task<string> CreateMeetingAsync(PortalClient admin, string date, string status)
    {
        var (_, form) = await admin.GetPageAsync("/admin/meetings/new");
        var forumId = form.QuerySelectorAll<IHtmlOptionElement>("select[name='Input.ForumId'] option").Single(o => o.TextContent.Trim() == "Trygghetsrådet").Value;
        var created = await admin.SubmitFormAsync("/admin/meetings/new",
            [("Input.ForumId", forumId), ("Input.Date", date), ("Input.Start", "13:00"), ("Input.End", "15:00"), ("Input.Place", "Stadshuset"), ("Input.Status", status)]);
        var path = created.RedirectPath();
        Assert.StartsWith("/admin/meetings/", path, StringComparison.Ordinal);
        return path;
    }

    /// <summary>A held meeting's protokoll: one paragraph declared omedelbart justerad, then the whole protokoll justerat.</summary>
    private static async Task AdjustProtocolAsync(PortalClient admin)
    {
        var protocol = await CreateMeetingAsync(admin, "2026-11-30", "Genomfort") + "/protokoll";
        Assert.Equal(protocol, (await admin.SubmitFormAsync(protocol, [], handler: "Start")).RedirectPath());
        foreach (var title in new[] { "Lägesbild", "Brådskande beslut" })
        {
            var added = await admin.SubmitFormAsync(protocol + "/paragrafer/new", [("Input.Title", title), ("Input.Decision", "Beslutet fattas."), ("Input.Classification", "Offentlig")]);
            Assert.True(added.StatusCode == HttpStatusCode.Redirect, "The paragraph was refused: " + string.Join("; ", (await added.ReadDocumentAsync()).ErrorMessages()));
        }

        var (_, page) = await admin.GetPageAsync(protocol);
        var paragraph = page.QuerySelectorAll("main table[aria-labelledby='paragraphs-heading'] tbody tr").Last().QuerySelector("a")!.GetAttribute("href")!;
        var (_, paragraphPage) = await admin.GetPageAsync(paragraph);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(paragraphPage, [], handler: "AdjustNow")).StatusCode);
        var adjusted = await admin.SubmitFormAsync(protocol, [("Adjust.AdjustedOn", "2026-12-01"), ("Adjust.AdjustedBy", "Lena Ström (ordförande)")], handler: "Adjust");
        Assert.True(adjusted.StatusCode == HttpStatusCode.Redirect, "The justering was refused: " + string.Join("; ", (await adjusted.ReadDocumentAsync()).ErrorMessages()));
    }

    /// <summary>The audit log's CSV export: time, category, who, what, subject, from, succeeded.</summary>
    private static async Task<List<string[]>> AuditCsvAsync(PortalClient admin)
    {
        var response = await admin.Http.GetAsync("/admin/audit?handler=csv", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Select(Fields).ToList();
    }

    /// <summary>One CSV line: comma-separated, fields quoted when they hold a separator or a quote (no line breaks in the audit).</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
