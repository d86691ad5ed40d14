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

    public static string Normalized(this INode node) =>
        string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The "x %" beside a progress bar in the measure page's heading paragraph.</summary>
    public static string HeadlineProgress(this IDocument measurePage) =>
        measurePage.QuerySelector("main h1 + p strong")!.TextContent.Trim();
}
