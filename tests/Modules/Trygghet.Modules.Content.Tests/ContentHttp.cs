using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>The back office of news and pages as the tests use it.</summary>
internal static class ContentHttp
{
    /// <summary>Creates a draft through /admin/innehall/new and returns its edit path.</summary>
    public static async Task<string> CreateDraftAsync(this PortalClient editor, string title, string body = "Brödtext.", string kind = "Nyhet", string slug = "", string lead = "En ingress.")
    {
        var response = await editor.SubmitFormAsync("/admin/innehall/new?kind=" + kind,
            [("Input.Kind", kind), ("Input.Title", title), ("Input.Slug", slug), ("Input.Lead", lead), ("Input.Body", body)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.RedirectPath();
        Assert.Matches("^/admin/innehall/[0-9a-f-]{36}$", path);
        return path;
    }

    public static async Task<HttpResponseMessage> SaveAsync(this PortalClient editor, string path, params (string Name, string Value)[] values) =>
        await editor.SubmitFormAsync(path, values, "form#edit-form");

    public static async Task PublishAsync(this PortalClient editor, string path)
    {
        var response = await editor.SubmitFormAsync(path, [], "form#publish-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<string> StatusAsync(this PortalClient editor, string path)
    {
        var (_, page) = await editor.GetPageAsync(path);
        return page.QuerySelector("#content-status")!.TextContent.Trim();
    }
}
