using Microsoft.Extensions.Diagnostics.HealthChecks;
using Trygghet.Portal.Web.Caching;

namespace Trygghet.Portal.Web.Health;

/// <summary>Redis away is Degraded, not Unhealthy: the node still serves every page from the database (ready answers
/// 200 with "Degraded", so a balancer keeps it), and /health/ready says so until Redis is back.</summary>
internal sealed class RedisReadyCheck(RedisConnection redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(redis.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Redis does not answer: pages are rendered without the shared output cache, and changes reach other nodes' caches only when they expire."));
}
