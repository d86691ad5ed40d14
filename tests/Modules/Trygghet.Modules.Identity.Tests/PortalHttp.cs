using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.WebUtilities;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>What the Identity tests do over HTTP again and again: read a response as a page, look at
/// redirects, sign in without asserting the outcome, and create accounts through the admin UI.</summary>
internal static class PortalHttp
{
    public const string SignInPath = "/konto/logga-in";
    public const string AccessDeniedPath = "/konto/atkomst-nekad";
    public const string WrongCredentials = "Fel e-postadress eller lösenord.";
    public const string LockedOut = "Kontot är tillfälligt låst efter för många misslyckade försök. Försök igen om en stund.";

    /// <summary>A passphrase that passes the policy, for the accounts tests create.</summary>
    public const string UserPassword = "grön cykel under blå himmel";

    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await Browsing.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!), TestContext.Current.CancellationToken);
    }

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

    /// <summary>Posts the sign-in form and returns the answer, whatever it is.</summary>
    public static Task<HttpResponseMessage> TrySignInAsync(this PortalClient client, string email, string password) =>
        client.SubmitFormAsync(SignInPath, [("Input.Email", email), ("Input.Password", password)]);

    public static Task<HttpResponseMessage> GetAsync(this PortalClient client, string url) =>
        client.Http.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>Creates an account through /admin/users/new and returns its id (from the redirect to its edit page).</summary>
    public static async Task<string> CreateUserAsync(this PortalClient admin, string email, string displayName, params string[] roles)
    {
        var response = await admin.SubmitFormAsync("/admin/users/new",
        [
            ("Input.Email", email),
            ("Input.DisplayName", displayName),
            ("Input.Password", UserPassword),
            .. roles.Select(role => ("Input.Roles", role)),
        ]);
        var path = response.RedirectPath();
        Assert.StartsWith("/admin/users/", path, StringComparison.Ordinal);
        return path["/admin/users/".Length..];
    }

    /// <summary>A new client signed in as <paramref name="email"/> (with <see cref="UserPassword"/>).</summary>
    public static async Task<PortalClient> CreateSignedInClientAsync(this PortalApp app, string email)
    {
        var client = app.CreatePortalClient();
        await client.SignInAsync(email, UserPassword);
        return client;
    }

    /// <summary>The texts of the links in the admin navigation.</summary>
    public static IReadOnlyList<string> AdminNavigation(this IDocument document) =>
        document.QuerySelectorAll("nav.admin-nav a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>The id of the role named <paramref name="name"/>, from the link on /admin/roles.</summary>
    public static async Task<string> RoleIdAsync(this PortalClient admin, string name)
    {
        var (response, document) = await admin.GetPageAsync("/admin/roles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = document.QuerySelectorAll("main table a").SingleOrDefault(a => a.TextContent.Trim() == name)
            ?? throw new InvalidOperationException($"No role {name} on /admin/roles.");
        return link.GetAttribute("href")!["/admin/roles/".Length..];
    }

    /// <summary>The rows of /admin/users?q=<paramref name="query"/> as their e-mail column.</summary>
    public static async Task<IReadOnlyList<string>> SearchUsersAsync(this PortalClient admin, string query)
    {
        var (response, document) = await admin.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document.QuerySelectorAll("main table tbody tr").Select(row => row.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
    }

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
