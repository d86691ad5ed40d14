using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Audit.Tests;

/// <summary>The audit view and the governance pages whose events it shows, as the tests drive them.</summary>
internal static class AuditHttp
{
    /// <summary>The rows of /admin/audit with <paramref name="query"/>: time, category, who, what, subject, from, outcome.</summary>
    public static async Task<List<string[]>> AuditRowsAsync(this PortalClient client, string query = "")
    {
        var (response, page) = await client.GetPageAsync("/admin/audit" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Rows(page);
    }

    public static List<string[]> Rows(IDocument page) =>
        page.QuerySelectorAll("main table.audit tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    public static async Task<string> ForumIdAsync(this PortalClient admin, string forum)
    {
        var (_, forums) = await admin.GetPageAsync("/admin/forums");
        var href = forums.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == forum).GetAttribute("href")!;
        return href["/admin/forums/".Length..];
    }

    /// <summary>A Sekretess agenda item with a PDF on a new Trygghetsrådet meeting; returns the admin download URL.</summary>
    public static async Task<string> SecretAttachmentAsync(this PortalClient admin, byte[] pdf)
    {
        var (_, form) = await admin.GetPageAsync("/admin/meetings/new");
        var forumId = form.QuerySelectorAll<IHtmlOptionElement>("select[name='Input.ForumId'] option").Single(o => o.TextContent.Trim() == "Trygghetsrådet").Value;
        var date = PortalApp.DemoDay.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await admin.SubmitFormAsync("/admin/meetings/new",
            [("Input.ForumId", forumId), ("Input.Date", date), ("Input.Start", "13:00"), ("Input.End", "15:00"), ("Input.Place", "Stadshuset"), ("Input.Status", "Planerat")]);
        var meeting = created.RedirectPath();
        var item = await admin.SubmitFormAsync(meeting + "/items/new",
            [("Input.Title", "Riskanalys"), ("Input.Classification", "Sekretess"), ("Input.CaseNumber", ""), ("Input.OslReference", "18 kap. 13 § OSL"), ("Input.MarkedBy", "Säkerhetsenheten"), ("Input.Description", "")]);
        Assert.Equal(meeting, item.RedirectPath());
        var (_, agenda) = await admin.GetPageAsync(meeting);
        var page = agenda.QuerySelector("main table tbody a")!.GetAttribute("href")! + "/bilagor";
        var (_, upload) = await admin.GetPageAsync(page);
        var token = upload.QuerySelector("main form[enctype='multipart/form-data'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", "riskanalys.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.PostAsync(page, body, TestContext.Current.CancellationToken)).StatusCode);
        var (_, list) = await admin.GetPageAsync(page);
        return list.QuerySelectorAll("main ul.attachments a").Single().GetAttribute("href")!;
    }
}
