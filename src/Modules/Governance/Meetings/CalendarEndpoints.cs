using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Trygghet.Modules.Governance.Data;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>/sammantraden.ics (every forum) and /sammantraden/{forum}.ics: public meeting calendars.</summary>
internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sammantraden.ics", (HttpContext context, GovernanceDbContext db, TimeProvider clock, IConfiguration configuration, CancellationToken cancellationToken) =>
            WriteAsync(context, db, clock, configuration, null, cancellationToken)).AllowAnonymous();
        endpoints.MapGet("/sammantraden/{forum}.ics", (string forum, HttpContext context, GovernanceDbContext db, TimeProvider clock, IConfiguration configuration, CancellationToken cancellationToken) =>
            WriteAsync(context, db, clock, configuration, forum, cancellationToken)).AllowAnonymous();
    }

    private static async Task<IResult> WriteAsync(HttpContext context, GovernanceDbContext db, TimeProvider clock, IConfiguration configuration, string? slug, CancellationToken cancellationToken)
    {
        var forums = await db.Forums.AsNoTracking().ToListAsync(cancellationToken);
        var forum = slug is null ? null : forums.SingleOrDefault(f => f.Slug == slug);
        if (slug is not null && forum is null)
        {
            return Results.NotFound();
        }

        var query = db.Meetings.AsNoTracking();
        if (forum is not null)
        {
            query = query.Where(m => m.ForumId == forum.Id);
        }

        var meetings = await query.OrderBy(m => m.StartsUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var names = forums.ToDictionary(f => f.Id, f => f.Name);
        var origin = Trygghet.Portal.Core.Site.PublicOrigin.Of(configuration, context);
        var body = MeetingCalendar.Write(
            forum is null ? "Sammanträden" : $"Sammanträden: {forum.Name}",
            meetings.Select(m => (m, names[m.ForumId])),
            origin,
            clock.GetUtcNow().UtcDateTime);
        return Results.Text(body, "text/calendar", Encoding.UTF8);
    }
}
