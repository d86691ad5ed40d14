using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Portal.Core.Audit;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>Keeps every audit event of one test portal, with the actor filled in as the real trail would, so
/// tests can assert what was recorded whichever module stores the trail in production.</summary>
internal sealed class RecordingAuditTrail(ConcurrentQueue<AuditEvent> events, IHttpContextAccessor http) : IAuditTrail
{
    public static ConcurrentQueue<AuditEvent> For(IServiceProvider services) => services.GetRequiredService<ConcurrentQueue<AuditEvent>>();

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(new ConcurrentQueue<AuditEvent>());
        services.RemoveAll<IAuditTrail>();
        services.AddScoped<IAuditTrail, RecordingAuditTrail>();
    }

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        events.Enqueue(auditEvent with { Actor = auditEvent.Actor ?? http.HttpContext?.User.Identity?.Name ?? "anonym" });
        return Task.CompletedTask;
    }
}
