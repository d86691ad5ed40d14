using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Testing;
using static Trygghet.Portal.Testing.PortalHttp;

namespace Trygghet.Modules.CitizenPromises.Tests;

/// <summary>The back office and citizen pages of medborgarlöften as the tests use them.</summary>
internal static class PromisesHttp
{
    /// <summary>Creates a (draft) medborgarlöfte through /admin/medborgarloften/new and returns its edit path.</summary>
    public static async Task<string> CreateSetAsync(this PortalClient admin, string slug, string title, string from = "2026-01-01", string to = "2026-12-31", string area = "Linköpings kommun")
    {
        var response = await admin.SubmitFormAsync("/admin/medborgarloften/new",
            [("Input.Slug", slug), ("Input.Title", title), ("Input.Area", area), ("Input.PeriodFrom", from), ("Input.PeriodTo", to), ("Input.Background", "Bakgrund " + title)]);
        var path = response.RedirectPath();
        Assert.Matches("^/admin/medborgarloften/[0-9a-f-]{36}$", path);
        return path;
    }

    /// <summary>Creates a (draft) promise in the set at <paramref name="setPath"/> and returns its edit path.</summary>
    public static async Task<string> CreatePromiseAsync(this PortalClient admin, string setPath, string text, int progress = 30, string status = "Pagar", string promisors = "Polisen\nLinköpings kommun", string measures = "")
    {
        var response = await admin.SubmitFormAsync(setPath + "/loften/new",
        [
            ("Input.Text", text), ("Input.Promisors", promisors), ("Input.Activities", "Aktivitet för " + text), ("Input.SuccessMeasure", "Mäts så"),
            ("Input.Status", status), ("Input.Progress", progress.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Measures", measures),
        ]);
        var path = response.RedirectPath();
        Assert.StartsWith(setPath + "/loften/", path, StringComparison.Ordinal);
        return path;
    }

    /// <summary>Writes a (draft) follow-up of the promise at <paramref name="promisePath"/> and returns its edit path.</summary>
    public static async Task<string> CreateFollowUpAsync(this PortalClient admin, string promisePath, string title, string text, string date = "2026-11-20",
        params (string Name, string Value)[] more)
    {
        var response = await admin.SubmitFormAsync(promisePath + "/uppfoljningar/new", [("Input.Date", date), ("Input.Title", title), ("Input.Text", text), .. more]);
        var path = response.RedirectPath();
        Assert.StartsWith(promisePath + "/uppfoljningar/", path, StringComparison.Ordinal);
        return path;
    }

    /// <summary>Publishes the draft whose admin path ends in its id, from /admin/medborgarloften/publicera.</summary>
    public static async Task PublishAsync(this PortalClient editor, string adminPath)
    {
        var id = adminPath.Split('/')[^1];
        var (response, page) = await editor.GetPageAsync(PublishPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = await editor.SubmitFormAsync(page, [], formSelector: $"main form[data-id='{id}']");
        Assert.Equal(PublishPath, published.RedirectPath());
    }

    public const string PublishPath = "/admin/medborgarloften/publicera";

    public static string PublicPath(string slug) => "/medborgarloften/" + slug;

    /// <summary>The progress a citizen page shows for each promise: the &lt;progress&gt; value and the text beside it.</summary>
    public static List<(int Value, string Text)> ShownProgress(this IDocument page, string scope = "main") =>
        page.QuerySelectorAll($"{scope} .promise-progress").Select(p =>
            (int.Parse(p.QuerySelector("progress")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture),
             p.QuerySelector(".progress-value")!.TextContent.Trim())).ToList();

    /// <summary>Runs <paramref name="query"/> on the module's own database context, as the running portal sees it.</summary>
    public static async Task<T> QueryAsync<T>(this PortalApp app, Func<CitizenPromisesDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CitizenPromisesDbContext>());
    }

    public static async Task<string> BodyAsync(this PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public static string? Value(this IDocument form, string name) =>
        form.QuerySelector<IHtmlInputElement>($"input[name='{name}']")?.Value ?? form.QuerySelector<IHtmlTextAreaElement>($"textarea[name='{name}']")?.Value;

    public static Task<int> CountAsync(this PortalApp app) =>
        app.QueryAsync(async db => await db.Sets.CountAsync() + await db.Promises.CountAsync() + await db.FollowUps.CountAsync() + await db.Agreements.CountAsync());
}
