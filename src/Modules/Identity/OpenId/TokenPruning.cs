using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>Removes tokens and authorizations that can no longer be used (redeemed, revoked, expired) once they are
/// older than the retention, so the token table does not grow without end. A PeriodicTimer on the TimeProvider,
/// not a scheduler package: one query per hour is all it takes.</summary>
internal sealed partial class TokenPruning(IServiceScopeFactory scopes, TimeProvider clock, OpenIdSettings settings, ILogger<TokenPruning> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.PruneInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var (tokens, authorizations) = await PruneOnceAsync(stoppingToken);
                    LogPruned(tokens, authorizations);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next tick tries again; a busy database is no reason to stop pruning for good.
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass: everything invalid and created before now minus the retention.</summary>
    public Task<(long Tokens, long Authorizations)> PruneOnceAsync(CancellationToken cancellationToken) =>
        PruneAsync(clock.GetUtcNow() - settings.PruneRetention, cancellationToken);

    public async Task<(long Tokens, long Authorizations)> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        return (tokens, authorizations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} tokens and {Authorizations} authorizations.")]
    private partial void LogPruned(long tokens, long authorizations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning tokens failed; it is tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
