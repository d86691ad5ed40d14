using Trygghet.Portal.Core.Audit;

namespace Trygghet.Portal.Core.Publishing;

/// <summary>Every publish, withdrawal and decision leaves exactly one audit row, written in the writer's transaction
/// (Orchard's audit trail listens to content events the same way): no page has to remember to audit, and a
/// publication that is rolled back leaves no row claiming it happened.</summary>
internal sealed class AuditPublicationHandler(IAuditTrail audit) : IPublicationHandler<PublicationEvent>
{
    public Task OnSavedAsync(PublicationEvent publication, CancellationToken cancellationToken) => CategoryOf(publication.Change) is { } category
        ? audit.RecordAsync(new AuditEvent(category, publication.Action, publication.Subject, Actor: publication.Actor), cancellationToken)
        : Task.CompletedTask;

    /// <summary>A correction that publishes nothing new is not an event the archive asks for.</summary>
    internal static string? CategoryOf(PublicationChange change) => change switch
    {
        PublicationChange.Published or PublicationChange.Withdrawn => AuditCategories.Publishing,
        PublicationChange.Decided => AuditCategories.Decision,
        _ => null,
    };
}
