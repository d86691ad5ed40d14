using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Governance pages as the tests read them: forum edit pages and the /organisation sections.</summary>
internal static class GovernanceHttp
{
    /// <summary>The edit page of the forum named <paramref name="name"/>, from its link on /admin/forums.</summary>
    public static async Task<string> ForumEditPathAsync(this PortalClient editor, string name)
    {
        var (response, document) = await editor.GetPageAsync("/admin/forums");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = document.QuerySelectorAll("main table a").SingleOrDefault(a => a.TextContent.Trim() == name)
            ?? throw new InvalidOperationException($"No forum {name} on /admin/forums.");
        return link.GetAttribute("href")!;
    }

    /// <summary>The section of /organisation that presents the forum with <paramref name="slug"/>.</summary>
    public static IElement ForumSection(this IDocument organisation, string slug) =>
        organisation.QuerySelector($"main section.forum#{slug}") ?? throw new InvalidOperationException($"No section #{slug} on /organisation.");

    /// <summary>The forum's tasks as /organisation lists them.</summary>
    public static List<string> Tasks(this IElement section) =>
        section.QuerySelectorAll("h3").SingleOrDefault(h => h.TextContent.Trim() == "Uppgifter")?.NextElementSibling?
            .QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList() ?? [];

    /// <summary>The value next to a term of the forum's facts (Ordförande, Mötesfrekvens…), or null.</summary>
    public static string? Fact(this IElement section, string term) =>
        section.QuerySelectorAll("dl.facts dt").FirstOrDefault(dt => dt.TextContent.Trim() == term)?.NextElementSibling?.TextContent.Trim();

    /// <summary>Text with its runs of white space made single spaces.</summary>
    public static string Normalized(this INode node) =>
        string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Membership pages as the tests read them.</summary>
internal static class MembersHttp
{
    /// <summary>/admin/forums/{id}/members of the forum named <paramref name="forum"/>.</summary>
    public static async Task<string> MembersPathAsync(this PortalClient editor, string forum) =>
        await editor.ForumEditPathAsync(forum) + "/members";

    /// <summary>The edit page of the (first listed) membership of <paramref name="person"/>.</summary>
    public static async Task<string> MemberEditPathAsync(this PortalClient editor, string membersPath, string person)
    {
        var (_, document) = await editor.GetPageAsync(membersPath);
        return document.QuerySelectorAll("main tbody a").First(a => a.TextContent.Trim() == person).GetAttribute("href")!;
    }

    /// <summary>The warnings on a forum's edit page.</summary>
    public static async Task<List<string>> WarningsAsync(this PortalClient editor, string forumPath)
    {
        var (_, document) = await editor.GetPageAsync(forumPath);
        return document.QuerySelectorAll("main section.warnings li").Select(li => li.TextContent.Trim()).ToList();
    }
}

/// <summary>Meeting pages as the tests read them.</summary>
internal static class MeetingsHttp
{
    /// <summary>Creates a meeting through /admin/meetings/new and returns its edit path.</summary>
    public static async Task<string> CreateMeetingAsync(this PortalClient admin, string forum, string date, string start, string end, string status = "Planerat")
    {
        var response = await admin.SubmitFormAsync("/admin/meetings/new", await MeetingsAdminTests.MeetingFieldsAsync(admin, forum, date, start, end, status));
        var path = response.RedirectPath();
        Assert.StartsWith("/admin/meetings/", path, StringComparison.Ordinal);
        return path;
    }

    public static async Task<int> MeetingCountAsync(this PortalClient admin)
    {
        var (_, list) = await admin.GetPageAsync("/admin/meetings");
        var caption = list.QuerySelector("main table caption")?.TextContent.Trim() ?? "0";
        return int.Parse(caption.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}

internal static class AgendaHttp
{
    public static async Task AddAgendaItemAsync(this PortalClient admin, string meeting, string title, string classification,
        string? caseNumber = null, string? osl = null, string? markedBy = null, string? position = null, string? description = null)
    {
        var response = await admin.SubmitFormAsync(meeting + "/items/new",
        [
            ("Input.Title", title),
            ("Input.Classification", classification),
            ("Input.CaseNumber", caseNumber ?? string.Empty),
            ("Input.OslReference", osl ?? string.Empty),
            ("Input.MarkedBy", markedBy ?? string.Empty),
            ("Input.Description", description ?? string.Empty),
            .. position is null ? Array.Empty<(string, string)>() : [("Input.Position", position)],
        ]);
        Assert.Equal(meeting, response.RedirectPath());
    }
}
