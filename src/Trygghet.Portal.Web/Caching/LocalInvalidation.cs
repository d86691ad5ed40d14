using Trygghet.Portal.Core.Caching;

namespace Trygghet.Portal.Web.Caching;

/// <summary>One node: there is nobody to tell.</summary>
internal sealed class LocalInvalidation : IClusterInvalidation
{
    public ValueTask PublishAsync(string cache, string key, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
