using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace Trygghet.Portal.Testing;

/// <summary>What tests do over HTTP again and again: read a response as a page, look at redirects,
/// create accounts through the admin UI and sign them in, and check the log for errors.</summary>
public static class PortalHttp
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

    /// <summary>The path a redirect points to, whether the Location is absolute (cookie handler) or relative.</summary>
    public static string RedirectPath(this HttpResponseMessage response) => Location(response).AbsolutePath;

    /// <summary>The ReturnUrl a sign-in or access-denied redirect carries.</summary>
    public static string? ReturnUrl(this HttpResponseMessage response) =>
        QueryHelpers.ParseQuery(Location(response).Query).TryGetValue("ReturnUrl", out var value) ? value.ToString() : null;

    public static Task<HttpResponseMessage> GetAsync(this PortalClient client, string url) =>
        client.Http.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>Creates an account with <see cref="UserPassword"/> through /admin/users/new and returns its id
    /// (from the redirect to its edit page).</summary>
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

    /// <summary>Nothing was logged at Error or above (no unhandled exception, no failed database command).</summary>
    public static void AssertNoErrorsLogged(this PortalApp app)
    {
        var errors = app.Logs.Errors.ToList();
        Assert.True(errors.Count == 0, "Errors were logged:\n" + string.Join('\n', errors));
    }

    private static Uri Location(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}.");
        var location = response.Headers.Location ?? throw new InvalidOperationException("A redirect without Location.");
        return location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
    }
}
