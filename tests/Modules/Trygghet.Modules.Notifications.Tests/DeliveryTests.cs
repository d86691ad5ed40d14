using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Testing;
using static Trygghet.Modules.Notifications.Tests.NotificationsHttp;

namespace Trygghet.Modules.Notifications.Tests;

/// <summary>The outbox against a real SMTP server on loopback: nothing is lost while the server is down, nothing is
/// sent twice when it comes back, and what keeps failing is dead until an administrator retries it.</summary>
public sealed class DeliveryTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task ServerDownThenUp_EveryQueuedMessageIsDeliveredExactlyOnce_AndMarkedSent(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        using var smtp = new LoopbackSmtp();
        await using var app = await PortalApp.StartAsync(provider, recipe: "empty", settings: smtp.Settings());
        var recipients = Enumerable.Range(1, 6).Select(i => $"mottagare{i}@example.se").ToList();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var mail = scope.ServiceProvider.GetRequiredService<IOutgoingMail>();
            foreach (var to in recipients)
            {
                await mail.EnqueueAsync(new OutgoingMessage(to, "Kallelse", "Välkommen till sammanträdet."), TestContext.Current.CancellationToken);
            }
        }

        // Down: every message is tried, fails and is put back with a later attempt time; none is lost or dead.
        await EventuallyAsync(async () => (await app.OutboxAsync()).All(m => m.Attempts >= 2), "every message failed at least twice");
        var failing = await app.OutboxAsync();
        Assert.All(failing, m => Assert.Contains(m.State, new[] { OutboxState.Queued, OutboxState.Sending }));
        Assert.All(failing, m => Assert.False(string.IsNullOrEmpty(m.LastError)));

        smtp.Start();
        await EventuallyAsync(async () => (await app.OutboxAsync()).All(m => m.State == OutboxState.Sent), "every message sent");
        await Task.Delay(500, TestContext.Current.CancellationToken); // a duplicate would arrive in this time

        var received = smtp.Received;
        Assert.Equal(recipients.Count, received.Count);
        Assert.Equal(recipients.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(recipients.Order(), received.Select(m => m.To.Mailboxes.Single().Address).Order());
        var outbox = await app.OutboxAsync();
        Assert.Equal(outbox.Select(m => $"{m.Id:N}@example.se").Order(), received.Select(m => m.MessageId).Order());
        Assert.All(outbox, m => Assert.NotNull(m.SentUtc));
    }

    [Fact]
    public async Task AMessageThatKeepsFailing_IsDead_ShownInTheAdmin_AndRetryDeliversIt()
    {
        using var smtp = new LoopbackSmtp();
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: smtp.Settings(maxAttempts: 2));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOutgoingMail>()
                .EnqueueAsync(new OutgoingMessage("anna.andersson@example.se", "Inbjudan till samverkansytan", "Hej!"), TestContext.Current.CancellationToken);
        }

        await EventuallyAsync(async () => (await app.OutboxAsync()).Single().State == OutboxState.Dead, "the message is dead");
        Assert.Equal(2, (await app.OutboxAsync()).Single().Attempts);
        await Task.Delay(400, TestContext.Current.CancellationToken);
        Assert.Equal(OutboxState.Dead, (await app.OutboxAsync()).Single().State); // dead stays dead

        using var admin = await app.CreateAdminClientAsync();
        var (page, document) = await admin.GetPageAsync("/admin/utskick");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var row = Assert.Single(document.QuerySelectorAll("table.outbox-dead tbody tr"));
        Assert.Contains("an…@example.se", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("anna.andersson", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inbjudan till samverkansytan", row.TextContent, StringComparison.Ordinal);

        smtp.Start();
        var retried = await admin.SubmitFormAsync(document, [], "main form", handler: "Retry");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        await EventuallyAsync(async () => (await app.OutboxAsync()).Single().State == OutboxState.Sent, "the retried message is sent");
        Assert.Single(smtp.To("anna.andersson@example.se"));
        var (_, after) = await admin.GetPageAsync("/admin/utskick");
        Assert.Empty(after.QuerySelectorAll("table.outbox-dead tbody tr"));

        var (_, audit) = await admin.GetPageAsync("/admin/audit?kategori=mail");
        Assert.Contains("skickade om e-post som inte gått fram", audit.QuerySelector("main table")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task WithoutSmtpSettings_ThePortalStarts_AndMailWaitsInTheOutbox()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOutgoingMail>()
                .EnqueueAsync(new OutgoingMessage("någon@example.se", "Ämne", "Text"), TestContext.Current.CancellationToken);
        }

        using var client = app.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var message = Assert.Single(await app.OutboxAsync());
        Assert.Equal((OutboxState.Queued, 0), (message.State, message.Attempts));
        Assert.Contains(app.Logs.Entries, e => e.Message.Contains("Smtp:Host is not set", StringComparison.Ordinal));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task TheOutboxPage_CountsEveryDeadMessage_ButListsOnlyTheLatest()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty");
        var cancellationToken = TestContext.Current.CancellationToken;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Trygghet.Modules.Notifications.Data.NotificationsDbContext>();
            var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
            db.Messages.AddRange(Enumerable.Range(0, OutboxModelShown + 5).Select(i => new OutboxMessage
            {
                To = $"person{i}@example.se", Subject = $"Meddelande {i:000}", TextBody = "Text", State = OutboxState.Dead,
                Attempts = 8, CreatedUtc = start, NextAttemptUtc = start.AddMinutes(i), LastError = "550 mailbox unavailable",
            }));
            await db.SaveChangesAsync(cancellationToken);
        }

        using var admin = await app.CreateAdminClientAsync();
        var (_, page) = await admin.GetPageAsync("/admin/utskick");

        Assert.Equal($"{OutboxModelShown + 5} utskick har inte gått fram (de {OutboxModelShown} senaste visas)", page.QuerySelector("#dead-caption")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("table.outbox-dead tbody tr");
        Assert.Equal(OutboxModelShown, rows.Length);
        Assert.Contains($"Meddelande {OutboxModelShown + 4:000}", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("Meddelande 004", StringComparison.Ordinal));
        app.AssertNoErrorsLogged();
    }

    private const int OutboxModelShown = Trygghet.Modules.Notifications.Areas.Notifications.Pages.OutboxModel.Shown;
}
