namespace Trygghet.Portal.Core.Publishing;

/// <summary>Used by <see cref="UnitOfWork"/>. Finds the handlers of an event's type and of every type it derives from, so a handler of
/// <see cref="PublicationEvent"/> (audit, caches) sees every module's events.</summary>
public sealed class PublicationDispatcher(IServiceProvider services)
{
    public Task SavedAsync(PublicationEvent publication, CancellationToken cancellationToken) =>
        DispatchAsync(publication, nameof(IPublicationHandler<PublicationEvent>.OnSavedAsync), cancellationToken);

    public Task CommittedAsync(PublicationEvent publication, CancellationToken cancellationToken) =>
        DispatchAsync(publication, nameof(IPublicationHandler<PublicationEvent>.OnCommittedAsync), cancellationToken);

    private async Task DispatchAsync(PublicationEvent publication, string method, CancellationToken cancellationToken)
    {
        for (var type = publication.GetType(); type is not null && typeof(PublicationEvent).IsAssignableFrom(type); type = type.BaseType)
        {
            var handlerType = typeof(IPublicationHandler<>).MakeGenericType(type);
            var invoke = handlerType.GetMethod(method)!;
            foreach (var handler in services.GetServices(handlerType))
            {
                await (Task)invoke.Invoke(handler, [publication, cancellationToken])!;
            }
        }
    }
}
