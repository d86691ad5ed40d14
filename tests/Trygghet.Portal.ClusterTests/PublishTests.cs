using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.ClusterTests;

/// <summary>Issue 18.3 and 18.4 across the nodes: a change saved on node A is on node B's public page within a second
/// (one output cache, in Redis), and a file uploaded to A is served by B (one file store).</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task ChangeSavedOnA_IsShownByB_WithinOneSecond()
    {
        ClusterSite.EnsureRunning();
        var forum = await Forums.TrygghetsradetAsync();
        using var admin = await ClusterSite.AdminAsync("a");
        using var visitorB = ClusterSite.Client("b");
        Assert.Equal(HttpStatusCode.OK, (await visitorB.Http.GetAsync("/organisation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitorB.Http.GetAsync("/organisation")).StatusCode);   // cached now

        var name = $"Trygghetsrådet {Guid.NewGuid():N}"[..30];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(forum, [("Input.Name", name)])).StatusCode);
        var clock = Stopwatch.StartNew();
        var shown = await ClusterSite.EventuallyAsync(() => visitorB.Http.GetStringAsync("/organisation"), html => html.Contains(name, StringComparison.Ordinal), TimeSpan.FromSeconds(1));
        var elapsed = clock.Elapsed;

        Assert.Contains(name, shown, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"Node B showed the change after {elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(forum, [("Input.Name", "Trygghetsrådet")])).StatusCode);
    }

    [Fact]
    public async Task FileUploadedToA_IsServedByB()
    {
        ClusterSite.EnsureRunning();
        using var admin = await ClusterSite.AdminAsync("a");
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.4\n% kluster {Guid.NewGuid()}\n%%EOF\n");

        var (_, page) = await admin.GetPageAsync("/admin/media");
        var form = page.QuerySelector("form#upload-form")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(string.Empty), "Alt" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        body.Add(file, "file", "kluster.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Http.PostAsync(form.GetAttribute("action"), body)).StatusCode);
        var (_, library) = await admin.GetPageAsync("/admin/media");
        var url = library.QuerySelectorAll("main table code").Select(c => c.TextContent.Trim()).First();

        using var visitorB = ClusterSite.Client("b");
        var served = await visitorB.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(pdf, await served.Content.ReadAsByteArrayAsync());
    }
}
