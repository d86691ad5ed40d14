using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Notifications.Tests;

internal static class NotificationsHttp
{
    /// <summary>Waits (polling) until <paramref name="condition"/> holds; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(seconds), "Timed out waiting for: " + what);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public static Task EventuallyAsync(Func<bool> condition, string what, int seconds = 30) =>
        EventuallyAsync(() => Task.FromResult(condition()), what, seconds);

    public static async Task<List<OutboxMessage>> OutboxAsync(this PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<T> WithDbAsync<T>(this PortalApp app, Func<NotificationsDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    /// <summary>Creates a news item through /admin/innehall and publishes it.</summary>
    public static async Task PublishNewsAsync(this PortalClient editor, string title, string classification = "Offentlig")
    {
        var created = await editor.SubmitFormAsync("/admin/innehall/new?kind=Nyhet",
            [("Input.Kind", "Nyhet"), ("Input.Title", title), ("Input.Slug", ""), ("Input.Lead", "En ingress."), ("Input.Body", "Brödtext."), ("Input.Classification", classification)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var published = await editor.SubmitFormAsync(created.RedirectPath(), [], "form#publish-form");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }

    public static async Task<HttpResponseMessage> SubscribeAsync(this PortalClient citizen, string email, string topic = "nyheter") =>
        await citizen.SubmitFormAsync("/prenumerera?amne=" + topic, [("Email", email)]);

    /// <summary>The site path of the first link in the mail's text that starts with <paramref name="path"/>.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? string.Empty, "https://trygghet\\.example\\.se(" + Regex.Escape(path) + "[A-Za-z0-9_-]+)");
        Assert.True(match.Success, $"No link to {path} in: {message.TextBody}");
        return match.Groups[1].Value;
    }
}
