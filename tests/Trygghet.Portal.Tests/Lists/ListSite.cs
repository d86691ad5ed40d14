using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Lists;

/// <summary>One demo site shared by the list tests; each test makes or reads its own rows.</summary>
public sealed class ListSite : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await PortalApp.StartAsync(recipe: "demo");

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Reading a back-office list as the tests do.</summary>
internal static class ListHttp
{
    /// <summary>The cell texts of the list, the last table in main (a plan's page shows its overview tables above its
    /// measures), row by row.</summary>
    public static List<string[]> Rows(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("main table").LastOrDefault()?.QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList() ?? [];

    public static string? NextPage(AngleSharp.Dom.IDocument page) => page.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href");
}
