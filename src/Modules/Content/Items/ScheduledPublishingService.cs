using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Content.Items;

/// <summary>Wakes at the start of every minute (by the injected clock) and runs <see cref="ScheduledPublishing"/>
/// in a scope of its own. A failed run is logged and the next minute tries again: nothing is lost, since what is
/// due stays scheduled until a run claims it.</summary>
internal sealed class ScheduledPublishingService(
    IServiceScopeFactory scopes, TimeProvider clock, ISiteInfo site, IHostApplicationLifetime lifetime, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up migrates the databases and may set the site up; before that the tables may not exist.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try
            {
                await started.Task;
            }
            catch (TaskCanceledException)
            {
                return;
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!site.IsSetUp)
            {
                continue; // nothing can be scheduled on a site that is not set up (and a failed setup leaves no tables)
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Before set-up the tables may not exist yet; any other failure is retried next minute.
                logger.LogWarning(exception, "Scheduled publishing failed; it is tried again next minute");
            }
        }
    }
}
