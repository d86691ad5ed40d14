namespace Trygghet.Portal.Core.Publishing;

/// <summary>Where a writer says what it made public. Inside <see cref="UnitOfWork.RunAsync{T}"/> an event is handled
/// when the work's changes are saved (in the transaction) and after they are committed; outside one (a single
/// SaveChanges already committed) it is handled at once.</summary>
public interface IPublicationEvents
{
    Task RaiseAsync(PublicationEvent publication, CancellationToken cancellationToken);
}
