namespace Trygghet.Portal.Web.Caching;

/// <summary>Moves on with every eviction. A response is stored only if no eviction happened while it was
/// rendered (<see cref="PublicPagePolicy"/>): otherwise it could show the state from before the change and put
/// it back into the cache until it expired. Its own singleton, because the policy is built while the cache
/// store's options are (the store itself cannot be a dependency of the policy).</summary>
internal sealed class EvictionGeneration
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
