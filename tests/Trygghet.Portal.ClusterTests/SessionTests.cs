using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.ClusterTests;

/// <summary>Issue 18.2: one key ring for both nodes, so a form from one node is accepted by the other and a session
/// signed in with password and TOTP stays signed in whichever node answers.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task SignedInPerson_SavesFormsAcrossNodes_WithoutA400OrASignOut()
    {
        ClusterSite.EnsureRunning();
        var cookies = await ClusterSite.AdminCookiesAsync();
        var forum = await Forums.TrygghetsradetAsync();

        for (var i = 0; i < 12; i++)
        {
            // The form from one node, posted to the other; then through the proxy, round robin.
            using var from = ClusterSite.Client(i % 2 == 0 ? "a" : "b", cookies);
            using var to = ClusterSite.Client(i % 2 == 0 ? "b" : "a", cookies);
            using var proxy = ClusterSite.Client(cookies: cookies);
            var (page, form) = await from.GetPageAsync(forum);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {forum} answered {(int)page.StatusCode} (round {i})");
            AssertSaved(await to.SubmitFormAsync(form, [("Input.Name", $"Trygghetsrådet {i}")]), i);
            AssertSaved(await proxy.SubmitFormAsync(forum, [("Input.Name", $"Trygghetsrådet {i}p")]), i);
        }

        using var restore = ClusterSite.Client(cookies: cookies);
        AssertSaved(await restore.SubmitFormAsync(forum, [("Input.Name", "Trygghetsrådet")]), 12);
    }

    private static void AssertSaved(HttpResponseMessage response, int round)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Saving answered {(int)response.StatusCode} (round {round})");
        Assert.DoesNotContain("/konto/logga-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

internal static class Forums
{
    /// <summary>The back-office page of the demo's Trygghetsrådet (whatever it is called at the moment).</summary>
    public static async Task<string> TrygghetsradetAsync()
    {
        using var admin = await ClusterSite.AdminAsync();
        var (_, list) = await admin.GetPageAsync("/admin/forums");
        return list.QuerySelectorAll("main table a").First(a => a.TextContent.Trim().StartsWith("Trygghetsrådet", StringComparison.Ordinal)).GetAttribute("href")!;
    }
}
