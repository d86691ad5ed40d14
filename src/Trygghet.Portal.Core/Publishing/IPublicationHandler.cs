namespace Trygghet.Portal.Core.Publishing;

/// <summary>Reacts to publication events of type <typeparamref name="TEvent"/> (or a type derived from it). Register
/// it scoped with <c>services.AddPublicationHandler&lt;TEvent, THandler&gt;()</c>.</summary>
/// <remarks>Two moments, as in Orchard's content handlers (Publishing / Published): <see cref="OnSavedAsync"/> runs
/// inside the writer's transaction after its changes are saved, so what it writes (the audit row) is committed with
/// the change or rolled back with it; <see cref="OnCommittedAsync"/> runs once the change is committed, for work that
/// must not let anyone see the state from before it (evicting caches, telling other nodes).</remarks>
public interface IPublicationHandler<in TEvent>
    where TEvent : PublicationEvent
{
    Task OnSavedAsync(TEvent publication, CancellationToken cancellationToken) => Task.CompletedTask;

    Task OnCommittedAsync(TEvent publication, CancellationToken cancellationToken) => Task.CompletedTask;
}
