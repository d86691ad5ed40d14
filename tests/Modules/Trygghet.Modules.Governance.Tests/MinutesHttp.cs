using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Protokoll pages as the tests drive them.</summary>
internal static class MinutesHttp
{
    /// <summary>Starts the protokoll of <paramref name="meeting"/> (an /admin/meetings/{id} path) and returns its path.</summary>
    public static async Task<string> StartProtocolAsync(this PortalClient admin, string meeting)
    {
        var path = meeting + "/protokoll";
        var started = await admin.SubmitFormAsync(path, [], handler: "Start");
        Assert.Equal(path, started.RedirectPath());
        return path;
    }

    /// <summary>Adds a paragraph and returns the number the page announces.</summary>
    public static async Task<int> AddParagraphAsync(this PortalClient admin, string protocol, string title, string classification = "Offentlig",
        string decision = "Beslutet fattas.", string? osl = null)
    {
        var response = await admin.SubmitFormAsync(protocol + "/paragrafer/new",
        [
            ("Input.Title", title),
            ("Input.Decision", decision),
            ("Input.Classification", classification),
            ("Input.OslReference", osl ?? string.Empty),
            ("Input.MarkedBy", osl is null ? string.Empty : "Säkerhetsenheten"),
        ]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            "The paragraph was refused: " + string.Join("; ", (await response.ReadDocumentAsync()).ErrorMessages()));
        var (_, page) = await admin.GetPageAsync(protocol);
        return page.Numbers().Last();
    }

    /// <summary>The § numbers in the protokoll's paragraph table, in order.</summary>
    public static List<int> Numbers(this IDocument protocolPage) =>
        protocolPage.QuerySelectorAll("main table[aria-labelledby='paragraphs-heading'] tbody td:first-child")
            .Select(td => int.Parse(td.TextContent.Trim().TrimStart('§').Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>The edit path of the paragraph with § <paramref name="number"/>.</summary>
    public static async Task<string> ParagraphPathAsync(this PortalClient admin, string protocol, int number)
    {
        var (_, page) = await admin.GetPageAsync(protocol);
        var row = page.QuerySelectorAll("main table[aria-labelledby='paragraphs-heading'] tbody tr")
            .Single(tr => tr.QuerySelector("td")!.TextContent.Trim() == $"§ {number}");
        return row.QuerySelector("a")!.GetAttribute("href")!;
    }

    public static async Task AdjustAsync(this PortalClient admin, string protocol, string on, string by = "Lena Ström (ordförande), Omar Haddad (justerare)")
    {
        var adjusted = await admin.SubmitFormAsync(protocol, [("Adjust.AdjustedOn", on), ("Adjust.AdjustedBy", by)],
            handler: "Adjust");
        Assert.True(adjusted.StatusCode == HttpStatusCode.Redirect,
            "The justering was refused: " + string.Join("; ", (await adjusted.ReadDocumentAsync()).ErrorMessages()));
    }

    /// <summary>The meeting's id, from its /admin/meetings/{id} path.</summary>
    public static string MeetingId(string meeting) => meeting["/admin/meetings/".Length..];
}
