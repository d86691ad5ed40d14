using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Trygghet.Portal.Web.Health;

namespace Trygghet.Portal.Web.Hosting;

internal static class HealthHostingExtensions
{
    public const string Ready = "ready";

    public static WebApplicationBuilder AddPortalHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [Ready]);
        return builder;
    }

    /// <summary>/health/live: the process answers. /health/ready: the database answers and is migrated.</summary>
    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
        return app;
    }
}
