using System.Net;
using AngleSharp.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>Identity pages as the tests read them: sign-in answers, navigation, roles and the users list.</summary>
internal static class IdentityHttp
{
    public const string WrongCredentials = "Fel e-postadress eller lösenord.";
    public const string LockedOut = "Kontot är tillfälligt låst efter för många misslyckade försök. Försök igen om en stund.";

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
}
