using Trygghet.Portal.Core.Caching;

namespace Trygghet.Portal.Core.Publishing;

/// <summary>Evicts the cached public pages that show the kind of data that changed, once the change is committed
/// (evicting earlier would let a concurrent request cache the old state again). <see cref="IPublicCache"/> tells the
/// other nodes too when Redis is configured, so the eviction reaches every node. A page tags every kind of data it
/// shows (<see cref="PublicCacheAttribute"/>), so one tag per event is enough.</summary>
internal sealed class CachePublicationHandler(IPublicCache cache) : IPublicationHandler<PublicationEvent>
{
    public async Task OnCommittedAsync(PublicationEvent publication, CancellationToken cancellationToken) =>
        await cache.EvictAsync(publication.DataKind, cancellationToken);
}
