using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Publishing;

/// <summary>The back-office forms the publication tests drive.</summary>
internal static class PublicationHttp
{
    /// <summary>The back-office edit path of the demo plan's measure titled <paramref name="title"/>.</summary>
    public static async Task<string> MeasurePathAsync(this PortalClient admin, string title)
    {
        var (_, plans) = await admin.GetPageAsync("/admin/plans");
        var plan = plans.QuerySelectorAll("main table a").First().GetAttribute("href")!;
        var (_, document) = await admin.GetPageAsync(plan + "?q=" + Uri.EscapeDataString(title));
        return document.QuerySelectorAll("main table a").First(a => a.TextContent.Trim() == title).GetAttribute("href")!;
    }

    /// <summary>Reports progress on the measure at <paramref name="measurePath"/> through its report form.</summary>
    public static async Task ReportProgressAsync(this PortalClient admin, string measurePath, int progress, string text)
    {
        var (_, form) = await admin.GetPageAsync(measurePath + "/report");
        var reported = await admin.SubmitWithSelectsAsync(form, [("Input.Progress", progress.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Text", text)]);
        Assert.True(reported.StatusCode == HttpStatusCode.Redirect, "The report was refused: " + string.Join("; ", (await reported.ReadDocumentAsync()).ErrorMessages()));
    }

    /// <summary>Submits the first post form of <paramref name="document"/> as a browser would, selects included.</summary>
    public static Task<HttpResponseMessage> SubmitWithSelectsAsync(this PortalClient client, IDocument document, IEnumerable<(string Name, string Value)> values)
    {
        var overrides = values.ToList();
        var form = document.QuerySelectorAll("main form[method=post]").First(f => !(f.GetAttribute("action") ?? string.Empty).Contains("handler=", StringComparison.Ordinal));
        var selects = form.QuerySelectorAll("select")
            .Where(s => overrides.All(o => o.Name != s.GetAttribute("name")))
            .Select(s => (s.GetAttribute("name")!, (s.QuerySelector("option[selected]") ?? s.QuerySelector("option"))?.GetAttribute("value") ?? string.Empty));
        return client.SubmitFormAsync(document, [.. selects, .. overrides], "main form[method=post]");
    }
}
