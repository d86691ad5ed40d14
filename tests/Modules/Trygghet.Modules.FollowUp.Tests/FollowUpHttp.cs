using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

internal static class FollowUpHttp
{
    public const string DemoPlan = "Åtgärdsplan för ett tryggare Linköping 2026–2027";

    /// <summary>The back-office path of the plan titled <paramref name="title"/>.</summary>
    public static async Task<string> PlanPathAsync(this PortalClient admin, string title = DemoPlan)
    {
        var (response, document) = await admin.GetPageAsync("/admin/plans");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == title).GetAttribute("href")!;
    }

    /// <summary>The back-office edit path of the measure titled <paramref name="title"/> in the demo plan.</summary>
    public static async Task<string> MeasurePathAsync(this PortalClient admin, string title)
    {
        var plan = await admin.PlanPathAsync();
        var (_, document) = await admin.GetPageAsync(plan + "?q=" + Uri.EscapeDataString(title));
        return document.QuerySelectorAll("main table a").First(a => a.TextContent.Trim() == title).GetAttribute("href")!;
    }

    /// <summary>Submits the first form on <paramref name="url"/> as a browser would, selects included (PortalClient
    /// sends inputs and text areas only), with <paramref name="values"/> replacing what the page holds.</summary>
    public static async Task<HttpResponseMessage> SubmitWithSelectsAsync(this PortalClient client, string url, IEnumerable<(string Name, string Value)> values, string? handler = null)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await client.SubmitWithSelectsAsync(document, values, handler);
    }

    public static Task<HttpResponseMessage> SubmitWithSelectsAsync(this PortalClient client, IDocument document, IEnumerable<(string Name, string Value)> values, string? handler = null)
    {
        var overrides = values.ToList();
        var form = document.QuerySelectorAll("main form[method=post]")
            .First(f => handler is null ? !(f.GetAttribute("action") ?? string.Empty).Contains("handler=", StringComparison.Ordinal) : (f.GetAttribute("action") ?? string.Empty).Contains("handler=" + handler, StringComparison.Ordinal));
        var selects = form.QuerySelectorAll("select")
            .Where(s => overrides.All(o => o.Name != s.GetAttribute("name")))
            .Select(s => (s.GetAttribute("name")!, (s.QuerySelector("option[selected]") ?? s.QuerySelector("option"))?.GetAttribute("value") ?? string.Empty));
        return client.SubmitFormAsync(document, [.. selects, .. overrides], "main form[method=post]", handler);
    }

    public static string Normalized(this INode node) =>
        string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The "x %" beside a progress bar in the measure page's heading paragraph.</summary>
    public static string HeadlineProgress(this IDocument measurePage) =>
        measurePage.QuerySelector("main h1 + p strong")!.TextContent.Trim();

    /// <summary>Posts <paramref name="csv"/> as the file of the upload form on <paramref name="url"/>, with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadCsvAsync(this PortalClient client, string url, string csv)
    {
        var (_, form) = await client.GetPageAsync(url);
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "Upload", "upload.csv" },
        };
        return await client.Http.PostAsync(url, content, TestContext.Current.CancellationToken);
    }
}
