using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Notifications.Outbox;

/// <summary>Runs a delivery round every PollInterval, each in a scope of its own. Without Smtp:Host nothing is sent
/// and messages wait in the outbox (logged once), so the portal starts with no mail server; setting the host later
/// and restarting delivers them. A failed round is logged and the next one tries again.</summary>
internal sealed class DeliveryService(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, SmtpSender sender, ISiteInfo site, IHostApplicationLifetime lifetime, IHostEnvironment environment,
    TimeProvider clock, ILogger<DeliveryService> logger) : BackgroundService
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

        if (!sender.IsConfigured)
        {
            // A developer's machine has no mail server by design (README: mail waits in /admin/utskick), so the README's
            // first run must not greet a newcomer with a warning; a deployed site without one is misconfigured.
            logger.Log(environment.IsDevelopment() ? LogLevel.Information : LogLevel.Warning,
                "Modules:Notifications:Smtp:Host is not set: e-mail waits in the outbox and is not sent");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (site.IsSetUp)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "An outbox delivery round failed; the next round tries again");
                }
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
