using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>Scheduled publishing fires at its minute, not before, and once even when two nodes run the job at the
/// same minute on one database: two job instances, each with its own scope and connection, and a fake clock.</summary>
public sealed class SchedulingTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 14, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task ScheduledPublish_FiresOnceAtItsMinute_EvenWithTwoNodes(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        // The audit handler of the publication events records into the test's recorder.
        var audit = new RecordingAudit();
        await using var app = await PortalApp.StartAsync(provider, recipe: null, services: s => s.Replace(ServiceDescriptor.Singleton<IAuditTrail>(audit)));
        var clock = new FakeTimeProvider(Start);
        var id = await CreateAsync(app, clock, audit, "Schemalagd nyhet", publishAt: Start.AddMinutes(5).UtcDateTime, unpublishAt: Start.AddMinutes(65).UtcDateTime);

        clock.SetUtcNow(Start.AddMinutes(4).AddSeconds(59));
        Assert.Equal(0, await RunTwoNodesAsync(app, clock, audit));
        Assert.Null((await ReadAsync(app, id)).PublishedVersionId);

        clock.SetUtcNow(Start.AddMinutes(5));
        Assert.Equal(1, await RunTwoNodesAsync(app, clock, audit));
        var published = await ReadAsync(app, id);
        Assert.Equal(published.LatestVersionId, published.PublishedVersionId);
        Assert.Equal(Start.AddMinutes(5).UtcDateTime, published.PublishedUtc);
        Assert.Null(published.ScheduledPublishUtc);
        Assert.Single(audit.Events, e => e.Action == "published");
        // Subscribers to the news hear of it once, from the node that claimed it.
        Assert.Equal([("nyheter", "Schemalagd nyhet", "/nyheter/schemalagd-nyhet")], audit.Notified);

        // The next minute finds nothing more to do.
        clock.SetUtcNow(Start.AddMinutes(6));
        Assert.Equal(0, await RunTwoNodesAsync(app, clock, audit));

        clock.SetUtcNow(Start.AddMinutes(65));
        Assert.Equal(1, await RunTwoNodesAsync(app, clock, audit));
        var archived = await ReadAsync(app, id);
        Assert.Equal(Start.AddMinutes(65).UtcDateTime, archived.ArchivedUtc);
        Assert.Single(audit.Events, e => e.Action == "archived");
        Assert.All(audit.Events, e => Assert.Equal(AuditCategories.Publishing, e.Category));
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task ScheduledPublish_OfAnItemChangedSinceTheJobReadIt_IsNotClaimedByAStaleRead(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        // The audit handler of the publication events records into the test's recorder.
        var audit = new RecordingAudit();
        await using var app = await PortalApp.StartAsync(provider, recipe: null, services: s => s.Replace(ServiceDescriptor.Singleton<IAuditTrail>(audit)));
        var clock = new FakeTimeProvider(Start);
        var id = await CreateAsync(app, clock, audit, "Ändrad innan", publishAt: Start.AddMinutes(1).UtcDateTime, unpublishAt: null);

        // An editor clears the schedule: the item is no longer due, so no node may publish it.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var item = await db.Items.SingleAsync(i => i.Id == id);
            var editor = new ContentEditor(db, clock, scope.ServiceProvider.GetRequiredService<UnitOfWork>(), audit);
            Assert.True((await editor.ScheduleAsync(item, item.Version, null, null, CancellationToken.None)).Succeeded);
        }

        clock.SetUtcNow(Start.AddMinutes(1));
        Assert.Equal(0, await RunTwoNodesAsync(app, clock, audit));
        Assert.Null((await ReadAsync(app, id)).PublishedVersionId);
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Schedule_InThePast_IsRefusedAtItsField(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        // The audit handler of the publication events records into the test's recorder.
        var audit = new RecordingAudit();
        await using var app = await PortalApp.StartAsync(provider, recipe: null, services: s => s.Replace(ServiceDescriptor.Singleton<IAuditTrail>(audit)));
        var clock = new FakeTimeProvider(Start);
        var id = await CreateAsync(app, clock, audit, "Bakåt i tiden", publishAt: null, unpublishAt: null);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var item = await db.Items.SingleAsync(i => i.Id == id);
        var editor = new ContentEditor(db, clock, scope.ServiceProvider.GetRequiredService<UnitOfWork>(), audit);

        var result = await editor.ScheduleAsync(item, item.Version, Start.AddMinutes(-1).UtcDateTime, Start.AddMinutes(-2).UtcDateTime, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["publishAt", "unpublishAt"], result.Problems.Select(p => p.Field));
    }

    private static async Task<Guid> CreateAsync(PortalApp app, FakeTimeProvider clock, RecordingAudit audit, string title, DateTime? publishAt, DateTime? unpublishAt)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var editor = new ContentEditor(db, clock, scope.ServiceProvider.GetRequiredService<UnitOfWork>(), audit);
        var saved = await editor.SaveAsync(null, ContentKind.Nyhet, new ContentDraft { Title = title, Body = "Text." }, null, "test", CancellationToken.None);
        Assert.True(saved.Succeeded);
        if (publishAt is not null || unpublishAt is not null)
        {
            Assert.True((await editor.ScheduleAsync(saved.Item!, saved.Item!.Version, publishAt, unpublishAt, CancellationToken.None)).Succeeded);
        }

        return saved.Item!.Id;
    }

    /// <summary>Two nodes' jobs at the same minute, started together, each on its own scope (own connection).</summary>
    private static async Task<int> RunTwoNodesAsync(PortalApp app, FakeTimeProvider clock, RecordingAudit audit)
    {
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var results = await Task.WhenAll(Job(first, clock, audit).RunDueAsync(CancellationToken.None), Job(second, clock, audit).RunDueAsync(CancellationToken.None));
        return results.Sum();
    }

    private static ScheduledPublishing Job(AsyncServiceScope scope, FakeTimeProvider clock, RecordingAudit audit)
    {
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var editor = new ContentEditor(db, clock, scope.ServiceProvider.GetRequiredService<UnitOfWork>(), audit);
        return new ScheduledPublishing(db, clock, editor, NullLogger<ScheduledPublishing>.Instance);
    }

    private static async Task<ContentItem> ReadAsync(PortalApp app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    /// <summary>Records the audit events and the subscriber notifications the jobs cause.</summary>
    private sealed class RecordingAudit : IAuditTrail, IPublicChangeNotifications
    {
        private readonly ConcurrentQueue<AuditEvent> _events = new();
        private readonly ConcurrentQueue<(string, string, string)> _notified = new();

        public IReadOnlyList<AuditEvent> Events => [.. _events];

        public IReadOnlyList<(string Topic, string Title, string Url)> Notified => [.. _notified];

        public Task PublishedAsync(string topicKey, string title, string url, CancellationToken cancellationToken = default)
        {
            _notified.Enqueue((topicKey, title, url));
            return Task.CompletedTask;
        }

        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
        {
            _events.Enqueue(auditEvent);
            return Task.CompletedTask;
        }
    }
}
