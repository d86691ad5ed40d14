using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Portal.Web.Health;

/// <summary>Ready when the database answers and every loaded module's migrations are applied.</summary>
internal sealed class DatabaseReadyCheck(IServiceScopeFactory scopes, ModuleDatabases databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = new List<string>();
        foreach (var database in databases.All)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                pending.Add(database.ModuleName);
            }
        }

        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Migrations pending for: " + string.Join(", ", pending));
    }
}
