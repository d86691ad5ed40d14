using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Portal.Core.Publishing;

/// <summary>The one way to save work that spans modules (a publication and its subscribers' mail, a role and its
/// permissions, an account and its membership) together with its publication events: a transaction on the scope's
/// shared connection that every module's DbContext joins (eShop's ResilientTransaction). The events raised by the
/// work are handed to <see cref="IPublicationHandler{TEvent}.OnSavedAsync"/> before the commit and to
/// <see cref="IPublicationHandler{TEvent}.OnCommittedAsync"/> after it; rolled-back work raises nothing.</summary>
/// <remarks>Inside a transaction that is already open (a recipe, an outer unit of work) the work joins it: its saved
/// handlers run, and the committed handlers wait for the outer unit of work (a recipe evicts every public page
/// itself once it has committed).</remarks>
public sealed partial class UnitOfWork(
    PortalConnection connection,
    ModuleDatabases databases,
    IServiceProvider services,
    PublicationDispatcher dispatcher,
    ILogger<UnitOfWork> logger) : IPublicationEvents
{
    private readonly List<PublicationEvent> _toRecord = [];
    private readonly List<PublicationEvent> _toAnnounce = [];
    private int _depth;

    /// <summary>Runs <paramref name="work"/> in one transaction and commits it. An exception (a concurrency
    /// conflict) rolls everything back and is rethrown.</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(work, _ => true, cancellationToken);

    /// <inheritdoc cref="RunAsync{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public async Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        await RunAsync(async c => { await work(c); return true; }, cancellationToken);

    /// <summary>As <see cref="RunAsync{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>, but rolls back
    /// when <paramref name="commit"/> says the result is a refusal (an Identity error, a validation problem).</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(commit);
        if (_depth > 0 || connection.Transaction is not null)
        {
            return await JoinAsync(work, cancellationToken);
        }

        T result;
        var committed = false;
        _depth++;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var contexts = databases.All.Select(d => (DbContext)services.GetRequiredService(d.ContextType)).ToList();
        try
        {
            foreach (var context in contexts)
            {
                await context.Database.UseTransactionAsync(transaction, cancellationToken);
            }

            result = await work(cancellationToken);
            if (commit(result))
            {
                await RecordAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                committed = true;
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
        finally
        {
            _depth--;
            if (!committed)
            {
                _toRecord.Clear();
                _toAnnounce.Clear();
            }

            // A context left on a finished transaction could not save again in this scope (PostgreSQL refuses it).
            foreach (var context in contexts)
            {
                await context.Database.UseTransactionAsync(null, CancellationToken.None);
            }
        }

        if (committed)
        {
            await AnnounceAsync();
        }

        return result;
    }

    public async Task RaiseAsync(PublicationEvent publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        _toRecord.Add(publication);
        _toAnnounce.Add(publication);
        if (_depth > 0)
        {
            return;
        }

        // Outside a unit of work the writer's SaveChanges has committed already (or a recipe's transaction is open).
        await RecordAsync(cancellationToken);
        if (connection.Transaction is null)
        {
            await AnnounceAsync();
        }
    }

    private async Task<T> JoinAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        _depth++;
        try
        {
            var result = await work(cancellationToken);
            await RecordAsync(cancellationToken);
            return result;
        }
        finally
        {
            _depth--;
        }
    }

    private async Task RecordAsync(CancellationToken cancellationToken)
    {
        while (_toRecord.Count > 0)
        {
            var publication = _toRecord[0];
            _toRecord.RemoveAt(0);
            await dispatcher.SavedAsync(publication, cancellationToken);
        }
    }

    /// <summary>The change is committed: a failing handler (a cache that is away) is logged, never turned into an
    /// error for work that has been done.</summary>
    private async Task AnnounceAsync()
    {
        var publications = _toAnnounce.ToList();
        _toAnnounce.Clear();
        foreach (var publication in publications)
        {
            try
            {
                await dispatcher.CommittedAsync(publication, CancellationToken.None);
            }
            catch (Exception e)
            {
                LogAnnounceFailed(logger, publication.DataKind, publication.Subject, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling the committed publication of {DataKind} {Subject} failed")]
    private static partial void LogAnnounceFailed(ILogger logger, string dataKind, string subject, Exception exception);
}
