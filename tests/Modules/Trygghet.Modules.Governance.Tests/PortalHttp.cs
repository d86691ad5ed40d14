using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.WebUtilities;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>What the Governance tests do over HTTP again and again: read a response as a page, look at
/// redirects, find a forum's edit page and create accounts through the admin UI.</summary>
internal static class PortalHttp
{
    public const string SignInPath = "/konto/logga-in";
    public const string AccessDeniedPath = "/konto/atkomst-nekad";

    /// <summary>A passphrase that passes the policy, for the accounts tests create.</summary>
    public const string UserPassword = "grön cykel under blå himmel";

    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await Browsing.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!), TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> GetAsync(this PortalClient client, string url) =>
        client.Http.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>The path a redirect points to, whether the Location is absolute (cookie handler) or relative.</summary>
    public static string RedirectPath(this HttpResponseMessage response) => Location(response).AbsolutePath;

    /// <summary>The ReturnUrl a sign-in or access-denied redirect carries.</summary>
    public static string? ReturnUrl(this HttpResponseMessage response) =>
        QueryHelpers.ParseQuery(Location(response).Query).TryGetValue("ReturnUrl", out var value) ? value.ToString() : null;

    private static Uri Location(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}.");
        var location = response.Headers.Location ?? throw new InvalidOperationException("A redirect without Location.");
        return location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
    }

    /// <summary>The edit page of the forum named <paramref name="name"/>, from its link on /admin/forums.</summary>
    public static async Task<string> ForumEditPathAsync(this PortalClient editor, string name)
    {
        var (response, document) = await editor.GetPageAsync("/admin/forums");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = document.QuerySelectorAll("main table a").SingleOrDefault(a => a.TextContent.Trim() == name)
            ?? throw new InvalidOperationException($"No forum {name} on /admin/forums.");
        return link.GetAttribute("href")!;
    }

    /// <summary>Creates an account with <see cref="UserPassword"/> through /admin/users/new.</summary>
    public static async Task CreateUserAsync(this PortalClient admin, string email, string displayName, params string[] roles)
    {
        var response = await admin.SubmitFormAsync("/admin/users/new",
        [
            ("Input.Email", email),
            ("Input.DisplayName", displayName),
            ("Input.Password", UserPassword),
            .. roles.Select(role => ("Input.Roles", role)),
        ]);
        Assert.StartsWith("/admin/users/", response.RedirectPath(), StringComparison.Ordinal);
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

    /// <summary>Nothing was logged at Error or above, apart from Npgsql's probe of a migrations history table
    /// that does not exist yet on a fresh database: EF logs that failed query although the provider handles it
    /// (npgsql/efcore.pg#3407).</summary>
    public static void AssertNoErrorsLogged(this PortalApp app)
    {
        var errors = app.Logs.Errors.Where(e => !IsMigrationHistoryProbe(e)).ToList();
        Assert.True(errors.Count == 0, "Errors were logged:\n" + string.Join('\n', errors));
    }

    private static bool IsMigrationHistoryProbe(LogEntry entry) =>
        entry.Category == "Microsoft.EntityFrameworkCore.Database.Command"
        && entry.Message.StartsWith("Failed executing DbCommand", StringComparison.Ordinal)
        && entry.Message.Contains("SELECT \"MigrationId\", \"ProductVersion\"", StringComparison.Ordinal)
        && entry.Message.Contains(".\"__EFMigrationsHistory\"", StringComparison.Ordinal);
}
